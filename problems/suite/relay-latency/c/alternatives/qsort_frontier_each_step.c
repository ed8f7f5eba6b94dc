#include <stdlib.h>

typedef struct {
    long long time;
    int relay;
} Entry;

static int by_time(const void* a, const void* b) {
    const Entry* x = a;
    const Entry* y = b;
    if (x->time != y->time) return x->time < y->time ? -1 : 1;
    return x->relay - y->relay;
}

long long* relay_latency(long long n, long long** links, int linksSize, int* linksColSize,
                         long long source, int* returnSize) {
    // Dijkstra whose frontier is an array re-sorted with qsort after every relaxation
    // round, the closest entry taken from its front.
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
    for (int i = 0; i < N; ++i) dist[i] = INF;
    Entry* frontier = malloc(((size_t)m + 2) * sizeof *frontier);
    int first = 0, end = 0;
    dist[source] = 0;
    frontier[end++] = (Entry){0, (int)source};
    while (first < end) {
        const Entry e = frontier[first++];
        if (e.time > dist[e.relay]) continue;
        for (int p = head[e.relay]; p < head[e.relay + 1]; ++p) {
            const long long nd = e.time + w[p];
            if (nd < dist[to[p]]) {
                dist[to[p]] = nd;
                frontier[end++] = (Entry){nd, to[p]};
            }
        }
        qsort(frontier + first, (size_t)(end - first), sizeof *frontier, by_time);
    }
    for (int i = 0; i < N; ++i)
        if (dist[i] == INF) dist[i] = -1;
    free(frontier);
    free(pos);
    free(w);
    free(to);
    free(head);
    *returnSize = N;
    return dist;
}
