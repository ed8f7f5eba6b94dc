#include <stdbool.h>
#include <stdlib.h>

long long* relay_latency(long long n, long long** links, int linksSize, int* linksColSize,
                         long long source, int* returnSize) {
    // Dijkstra that picks the closest unsettled relay by scanning all relays: O(n^2 + m).
    (void)linksColSize;
    const int N = (int)n, m = linksSize;
    int* head = calloc((size_t)N + 1, sizeof *head);
    for (int i = 0; i < m; ++i) ++head[links[i][0] + 1];
    for (int i = 0; i < N; ++i) head[i + 1] += head[i];
    int* to = malloc(((size_t)m + 1) * sizeof *to);
    long long* w = malloc(((size_t)m + 1) * sizeof *w);
    int* pos = malloc(((size_t)N + 1) * sizeof *pos);
    for (int i = 0; i < N; ++i) pos[i] = head[i];
    for (int i = 0; i < m; ++i) {
        const int p = pos[links[i][0]]++;
        to[p] = (int)links[i][1];
        w[p] = links[i][2];
    }
    const long long INF = (long long)1 << 62;
    long long* dist = malloc(((size_t)N + 1) * sizeof *dist);
    bool* done = calloc((size_t)N + 1, sizeof *done);
    for (int i = 0; i < N; ++i) dist[i] = INF;
    dist[source] = 0;
    for (;;) {
        int u = -1;
        for (int i = 0; i < N; ++i)
            if (!done[i] && dist[i] < INF && (u < 0 || dist[i] < dist[u])) u = i;
        if (u < 0) break;
        done[u] = true;
        for (int p = head[u]; p < head[u + 1]; ++p)
            if (dist[u] + w[p] < dist[to[p]]) dist[to[p]] = dist[u] + w[p];
    }
    for (int i = 0; i < N; ++i)
        if (dist[i] == INF) dist[i] = -1;
    free(done);
    free(pos);
    free(w);
    free(to);
    free(head);
    *returnSize = N;
    return dist;
}
