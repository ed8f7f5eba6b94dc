#include <stdlib.h>
#include <string.h>

/* Same BFS, but the queue is an array whose front is removed by shifting
   the rest down with memmove. */
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
    int* queue = malloc(sizeof(int) * (size_t)N);
    long long* count = calloc((size_t)N, sizeof(long long));
    dist[home] = 0;
    count[home] = 1;
    int qlen = 0;
    queue[qlen++] = (int)home;
    while (qlen > 0) {
        const int u = queue[0];
        memmove(queue, queue + 1, sizeof(int) * (size_t)(qlen - 1));
        qlen--;
        count[u] %= MOD;
        const long long cu = count[u];
        for (int p = head[u]; p < head[u + 1]; p++) {
            const int v = adj[p];
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                count[v] = cu;
                queue[qlen++] = v;
            } else if (dist[v] == dist[u] + 1) {
                count[v] += cu;
            }
        }
    }
    free(head);
    free(adj);
    free(fill);
    free(dist);
    free(queue);
    *returnSize = N;
    return count;
}
