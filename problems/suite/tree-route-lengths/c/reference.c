#include <stdlib.h>

long long* tree_route_lengths(long long n_, long long** pipes, int pipesSize, int* pipesColSize,
                              long long** queries, int queriesSize, int* queriesColSize, int* returnSize) {
    (void)pipesColSize;
    (void)queriesColSize;
    int n = (int)n_, q = queriesSize;
    // adjacency and query lists in CSR form
    int* ah = calloc(n + 1, sizeof(int));
    int* qh = calloc(n + 1, sizeof(int));
    for (int i = 0; i < pipesSize; ++i) ++ah[pipes[i][0] + 1], ++ah[pipes[i][1] + 1];
    for (int i = 0; i < q; ++i) ++qh[queries[i][0] + 1], ++qh[queries[i][1] + 1];
    for (int i = 0; i < n; ++i) ah[i + 1] += ah[i], qh[i + 1] += qh[i];
    int* ato = malloc(sizeof(int) * (ah[n] + 1));
    int* aw = malloc(sizeof(int) * (ah[n] + 1));
    int* qto = malloc(sizeof(int) * (qh[n] + 1));
    int* qid = malloc(sizeof(int) * (qh[n] + 1));
    int* fa = malloc(sizeof(int) * n);
    int* fq = malloc(sizeof(int) * n);
    for (int i = 0; i < n; ++i) fa[i] = ah[i], fq[i] = qh[i];
    for (int i = 0; i < pipesSize; ++i) {
        int a = (int)pipes[i][0], b = (int)pipes[i][1], w = (int)pipes[i][2];
        ato[fa[a]] = b, aw[fa[a]++] = w;
        ato[fa[b]] = a, aw[fa[b]++] = w;
    }
    for (int i = 0; i < q; ++i) {
        int u = (int)queries[i][0], v = (int)queries[i][1];
        qto[fq[u]] = v, qid[fq[u]++] = i;
        qto[fq[v]] = u, qid[fq[v]++] = i;
    }
    // Offline (Tarjan) LCA: an iterative DFS; a finished valve is merged into its
    // parent, so the set representative of a seen valve is the lowest open ancestor.
    long long* ans = calloc(q > 0 ? q : 1, sizeof(long long));
    long long* dist = calloc(n, sizeof(long long));
    int* up = malloc(sizeof(int) * n);
    int* parent = malloc(sizeof(int) * n);
    int* stack = malloc(sizeof(int) * (2 * n + 1));
    char* seen = calloc(n, 1);
    for (int i = 0; i < n; ++i) up[i] = i, parent[i] = -1;
    int sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
        int x = stack[--sp];
        if (x >= 0) {
            seen[x] = 1;
            long long dx = dist[x];
            for (int k = qh[x]; k < qh[x + 1]; ++k) {
                int v = qto[k];
                if (!seen[v]) continue;
                int r = v;
                while (up[r] != r) r = up[r] = up[up[r]];
                ans[qid[k]] = dx + dist[v] - 2 * dist[r];
            }
            stack[sp++] = ~x;
            int px = parent[x];
            for (int k = ah[x]; k < ah[x + 1]; ++k) {
                int y = ato[k];
                if (y == px) continue;
                parent[y] = x;
                dist[y] = dx + aw[k];
                stack[sp++] = y;
            }
        } else {
            x = ~x;
            if (parent[x] >= 0) up[x] = parent[x];
        }
    }
    *returnSize = q;
    return ans;
}
