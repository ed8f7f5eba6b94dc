#include <stdlib.h>

/* BFS without an adjacency list: the neighbours of each dequeued junction are
   found by scanning the whole road list. */
long long* shortest_route_count(long long n, long long** roads, int roadsSize, int* roadsColSize, long long home, int* returnSize) {
    (void)roadsColSize;
    const long long MOD = 1000000007LL;
    const int N = (int)n;
    int* dist = malloc(sizeof(int) * (size_t)N);
    for (int i = 0; i < N; i++) dist[i] = -1;
    int* queue = malloc(sizeof(int) * (size_t)N);
    long long* count = calloc((size_t)N, sizeof(long long));
    dist[home] = 0;
    count[home] = 1;
    int qh = 0, qt = 0;
    queue[qt++] = (int)home;
    while (qh < qt) {
        const int u = queue[qh++];
        count[u] %= MOD;
        for (int e = 0; e < roadsSize; e++) {
            int v;
            if (roads[e][0] == u) v = (int)roads[e][1];
            else if (roads[e][1] == u) v = (int)roads[e][0];
            else continue;
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                count[v] = count[u];
                queue[qt++] = v;
            } else if (dist[v] == dist[u] + 1) {
                count[v] += count[u];
            }
        }
    }
    free(dist);
    free(queue);
    *returnSize = N;
    return count;
}
