#include <stdlib.h>
#include <string.h>

long long most_mentor_pairs(long long mentors, long long students, long long** fits, int fitsSize, int* fitsColSize) {
    (void)fitsColSize;
    const int L = (int)mentors, R = (int)students;
    /* adjacency of mentors in CSR form, in input order */
    int* start = calloc((size_t)L + 1, sizeof(int));
    int* adj = malloc(((size_t)fitsSize + 1) * sizeof(int));
    int* fill = malloc(((size_t)L + 1) * sizeof(int));
    int* ml = malloc((size_t)L * sizeof(int));
    int* mr = malloc((size_t)R * sizeof(int));
    int* dist = malloc((size_t)L * sizeof(int));
    int* it = malloc((size_t)L * sizeof(int));
    int* queue = malloc((size_t)L * sizeof(int));
    int* stack = malloc((size_t)L * sizeof(int));
    for (int i = 0; i < fitsSize; ++i) ++start[fits[i][0] + 1];
    for (int i = 0; i < L; ++i) start[i + 1] += start[i];
    for (int i = 0; i < L; ++i) fill[i] = start[i];
    for (int i = 0; i < fitsSize; ++i) adj[fill[fits[i][0]]++] = (int)fits[i][1];
    for (int i = 0; i < L; ++i) ml[i] = -1;
    for (int i = 0; i < R; ++i) mr[i] = -1;
    long long size = 0;
    for (int u = 0; u < L; ++u)  /* greedy start */
        for (int e = start[u]; e < start[u + 1]; ++e)
            if (mr[adj[e]] < 0) {
                ml[u] = adj[e];
                mr[adj[e]] = u;
                ++size;
                break;
            }
    for (;;) {
        /* BFS layers from the free mentors */
        int qt = 0;
        for (int u = 0; u < L; ++u) {
            if (ml[u] < 0) {
                dist[u] = 0;
                queue[qt++] = u;
            } else {
                dist[u] = -1;
            }
        }
        if (!qt) break;
        int found = 0;
        while (qt > 0) {
            /* pop the front and shift the rest of the queue down */
            const int u = queue[0];
            memmove(queue, queue + 1, (size_t)(qt - 1) * sizeof(int));
            --qt;
            for (int e = start[u]; e < start[u + 1]; ++e) {
                const int w = mr[adj[e]];
                if (w < 0) found = 1;
                else if (dist[w] < 0) {
                    dist[w] = dist[u] + 1;
                    queue[qt++] = w;
                }
            }
        }
        if (!found) break;
        /* maximal set of vertex-disjoint shortest augmenting paths, iterative DFS */
        for (int u = 0; u < L; ++u) it[u] = start[u];
        for (int s = 0; s < L; ++s) {
            if (ml[s] >= 0) continue;
            int sp = 0;
            stack[sp++] = s;
            while (sp) {
                const int u = stack[sp - 1];
                int next = -1, done = 0;
                const int end = start[u + 1];
                int e = it[u];
                for (; e < end; ++e) {
                    const int w = mr[adj[e]];
                    if (w < 0) { done = 1; break; }
                    if (dist[w] == dist[u] + 1) { next = w; break; }
                }
                it[u] = e;
                if (done) {
                    for (int q = 0; q < sp; ++q) {
                        const int x = stack[q], y = adj[it[x]];
                        ml[x] = y;
                        mr[y] = x;
                        ++it[x];
                    }
                    ++size;
                    break;
                }
                if (next >= 0) {
                    stack[sp++] = next;
                } else {
                    dist[u] = -2;  /* dead end for this phase */
                    --sp;
                    if (sp) ++it[stack[sp - 1]];
                }
            }
        }
    }
    free(start); free(adj); free(fill); free(ml); free(mr);
    free(dist); free(it); free(queue); free(stack);
    return size;
}
