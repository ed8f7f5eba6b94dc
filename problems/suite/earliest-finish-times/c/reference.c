#include <stdlib.h>

long long* earliest_finish_times(long long* duration, int durationSize, long long** after, int afterSize,
                                 int* afterColSize, int* returnSize) {
    const int n = durationSize, m = afterSize;
    (void)afterColSize;
    // successor lists in CSR form, then Kahn's order with a stack
    int* head = calloc((size_t)n + 1, sizeof(int));
    int* indeg = calloc((size_t)n + 1, sizeof(int));
    int* adj = malloc(sizeof(int) * (m + 1));
    for (int k = 0; k < m; ++k) ++head[after[k][0] + 1], ++indeg[after[k][1]];
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    int* pos = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < n; ++i) pos[i] = head[i];
    for (int k = 0; k < m; ++k) adj[pos[after[k][0]]++] = (int)after[k][1];
    long long* start = calloc((size_t)n + 1, sizeof(long long));
    long long* finish = malloc(sizeof(long long) * (n + 1));
    int* stack = pos;  // reused: every task is pushed once
    int top = 0;
    for (int i = 0; i < n; ++i)
        if (!indeg[i]) stack[top++] = i;
    while (top) {
        const int u = stack[--top];
        const long long f = start[u] + duration[u];
        finish[u] = f;
        for (int k = head[u]; k < head[u + 1]; ++k) {
            const int v = adj[k];
            if (f > start[v]) start[v] = f;
            if (--indeg[v] == 0) stack[top++] = v;
        }
    }
    free(head); free(indeg); free(adj); free(pos); free(start);
    *returnSize = n;
    return finish;
}
