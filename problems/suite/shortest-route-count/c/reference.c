#include <stdlib.h>

/* BFS over a compressed adjacency list; a node's count is final when it is dequeued. */
long long* shortest_route_count(long long n, long long** roads, int roadsSize, int* roadsColSize, long long home, int* returnSize) {
    (void)roadsColSize;
    const long long MOD = 1000000007LL;
    const int N = (int)n;
    int* head = calloc((size_t)N + 1, sizeof(int));
    for (int e = 0; e < roadsSize; e++) {
        head[roads[e][0] + 1]++;
        head[roads[e][1] + 1]++;
    }
    for (int i = 0; i < N; i++) head[i + 1] += head[i];
    int* adj = malloc(sizeof(int) * (size_t)(2 * roadsSize + 1));
    int* fill = malloc(sizeof(int) * (size_t)N);
    for (int i = 0; i < N; i++) fill[i] = head[i];
    for (int e = 0; e < roadsSize; e++) {
        const int a = (int)roads[e][0], b = (int)roads[e][1];
        adj[fill[a]++] = b;
        adj[fill[b]++] = a;
    }
    int* dist = malloc(sizeof(int) * (size_t)N);
    for (int i = 0; i < N; i++) dist[i] = -1;
    int* queue = fill; /* fill is no longer needed */
    long long* count = calloc((size_t)N, sizeof(long long));
    dist[home] = 0;
    count[home] = 1;
    int qh = 0, qt = 0;
    queue[qt++] = (int)home;
    while (qh < qt) {
        const int u = queue[qh++];
        const long long cu = count[u] % MOD; /* every contribution to u is in */
        count[u] = cu;
        const int du = dist[u] + 1;
        for (int p = head[u]; p < head[u + 1]; p++) {
            const int v = adj[p];
            if (dist[v] < 0) {
                dist[v] = du;
                count[v] = cu;
                queue[qt++] = v;
            } else if (dist[v] == du) {
                count[v] += cu;
            }
        }
    }
    free(head);
    free(adj);
    free(fill);
    free(dist);
    *returnSize = N;
    return count;
}
