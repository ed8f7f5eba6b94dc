#include <stdlib.h>

long long* smallest_task_sequence(long long n, long long** rules, int rulesSize, int* rulesColSize,
                                  int* returnSize) {
    (void)rulesColSize;
    // Kahn's algorithm; the ready labels live in a binary min-heap.
    int N = (int)n, m = rulesSize;
    int* head = calloc(N + 1, sizeof(int));
    int* need = calloc(N, sizeof(int));
    int* after = malloc(sizeof(int) * (m > 0 ? m : 1));
    int* fill = malloc(sizeof(int) * N);
    int* ready = malloc(sizeof(int) * N);
    long long* order = malloc(sizeof(long long) * N);
    for (int i = 0; i < m; ++i) ++head[rules[i][0] + 1], ++need[rules[i][1]];
    for (int i = 0; i < N; ++i) head[i + 1] += head[i];
    for (int i = 0; i < N; ++i) fill[i] = head[i];
    for (int i = 0; i < m; ++i) after[fill[rules[i][0]]++] = (int)rules[i][1];
    int h = 0, cnt = 0;
    for (int i = 0; i < N; ++i)
        if (!need[i]) ready[h++] = i;  // ascending: already a valid min-heap
    while (h > 0) {
        int u = ready[0];
        int last = ready[--h];
        int k = 0;
        for (;;) {
            int c = 2 * k + 1;
            if (c >= h) break;
            if (c + 1 < h && ready[c + 1] < ready[c]) ++c;
            if (ready[c] >= last) break;
            ready[k] = ready[c];
            k = c;
        }
        ready[k] = last;
        order[cnt++] = u;
        for (int p = head[u]; p < head[u + 1]; ++p) {
            int v = after[p];
            if (--need[v] == 0) {
                int k = h++;
                while (k > 0) {
                    int q = (k - 1) >> 1;
                    if (ready[q] <= v) break;
                    ready[k] = ready[q];
                    k = q;
                }
                ready[k] = v;
            }
        }
    }
    *returnSize = cnt == N ? N : 0;
    return order;
}
