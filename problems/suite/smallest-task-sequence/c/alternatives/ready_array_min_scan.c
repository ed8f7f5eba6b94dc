#include <stdlib.h>

long long* smallest_task_sequence(long long n, long long** rules, int rulesSize, int* rulesColSize,
                                  int* returnSize) {
    (void)rulesColSize;
    // Kahn's algorithm; the ready labels live in a plain array and each step scans it for the smallest.
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
        if (!need[i]) ready[h++] = i;  // ascending
    while (h > 0) {
        int best = 0;
        for (int j = 1; j < h; ++j)
            if (ready[j] < ready[best]) best = j;
        int u = ready[best];
        ready[best] = ready[--h];
        order[cnt++] = u;
        for (int p = head[u]; p < head[u + 1]; ++p) {
            int v = after[p];
            if (--need[v] == 0) {
                ready[h++] = v;
            }
        }
    }
    *returnSize = cnt == N ? N : 0;
    return order;
}
