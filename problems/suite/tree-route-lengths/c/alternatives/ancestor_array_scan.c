#include <stdlib.h>

long long* tree_route_lengths(long long n_, long long** pipes, int pipesSize, int* pipesColSize,
                              long long** queries, int queriesSize, int* queriesColSize, int* returnSize) {
    (void)pipesColSize;
    (void)queriesColSize;
    int n = (int)n_, q = queriesSize;
    // adjacency in CSR form
    int* ah = calloc(n + 1, sizeof(int));
    for (int i = 0; i < pipesSize; ++i) ++ah[pipes[i][0] + 1], ++ah[pipes[i][1] + 1];
    for (int i = 0; i < n; ++i) ah[i + 1] += ah[i];
    int* ato = malloc(sizeof(int) * (ah[n] + 1));
    int* aw = malloc(sizeof(int) * (ah[n] + 1));
    int* fa = malloc(sizeof(int) * n);
    for (int i = 0; i < n; ++i) fa[i] = ah[i];
    for (int i = 0; i < pipesSize; ++i) {
        int a = (int)pipes[i][0], b = (int)pipes[i][1], w = (int)pipes[i][2];
        ato[fa[a]] = b, aw[fa[a]++] = w;
        ato[fa[b]] = a, aw[fa[b]++] = w;
    }
    // root the tree at 0: parent and distance from the root
    long long* dist = calloc(n, sizeof(long long));
    int* parent = malloc(sizeof(int) * n);
    int* stack = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < n; ++i) parent[i] = -1;
    int sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
        int x = stack[--sp];
        for (int k = ah[x]; k < ah[x + 1]; ++k) {
            int y = ato[k];
            if (y == parent[x]) continue;
            parent[y] = x;
            dist[y] = dist[x] + aw[k];
            stack[sp++] = y;
        }
    }
    // per query: list u's ancestors, then climb from v until a valve is in that list
    long long* ans = calloc(q > 0 ? q : 1, sizeof(long long));
    int* anc = malloc(sizeof(int) * n);
    for (int i = 0; i < q; ++i) {
        int u = (int)queries[i][0], v = (int)queries[i][1];
        int cnt = 0;
        for (int x = u; x >= 0; x = parent[x]) anc[cnt++] = x;
        int meet = v;
        for (;;) {
            int found = 0;
            for (int j = 0; j < cnt; ++j)
                if (anc[j] == meet) {
                    found = 1;
                    break;
                }
            if (found) break;
            meet = parent[meet];
        }
        ans[i] = dist[u] + dist[v] - 2 * dist[meet];
    }
    *returnSize = q;
    return ans;
}
