#include <stdlib.h>

long long* relay_latency(long long n, long long** links, int linksSize, int* linksColSize,
                         long long source, int* returnSize) {
    // Dijkstra on a CSR adjacency with a binary min-heap of packed (time << 17 | relay)
    // keys: times stay below 2^37 and relays below 2^17, so one compare orders the pair.
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
    long long* heap = malloc(((size_t)m + 2) * sizeof *heap);
    int size = 0;
    dist[source] = 0;
    heap[size++] = source;  // (0 << 17) | source
    while (size) {
        const long long top = heap[0];
        const long long last = heap[--size];
        if (size) {  // sift the last key down from the root
            int i = 0;
            for (;;) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heap[c + 1] < heap[c]) ++c;
                if (heap[c] >= last) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
        }
        const long long d = top >> 17;
        const int u = (int)(top & 0x1FFFF);
        if (d > dist[u]) continue;
        for (int p = head[u]; p < head[u + 1]; ++p) {
            const long long nd = d + w[p];
            const int v = to[p];
            if (nd < dist[v]) {
                dist[v] = nd;
                const long long key = nd << 17 | v;
                int i = size++;
                while (i) {
                    const int parent = (i - 1) >> 1;
                    if (heap[parent] <= key) break;
                    heap[i] = heap[parent];
                    i = parent;
                }
                heap[i] = key;
            }
        }
    }
    for (int i = 0; i < N; ++i)
        if (dist[i] == INF) dist[i] = -1;
    free(heap);
    free(pos);
    free(w);
    free(to);
    free(head);
    *returnSize = N;
    return dist;
}
