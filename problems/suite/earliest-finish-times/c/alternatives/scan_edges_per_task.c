#include <stdlib.h>

long long* earliest_finish_times(long long* duration, int durationSize, long long** after, int afterSize,
                                 int* afterColSize, int* returnSize) {
    const int n = durationSize, m = afterSize;
    (void)afterColSize;
    int* indeg = calloc((size_t)n + 1, sizeof(int));
    for (int k = 0; k < m; ++k) ++indeg[after[k][1]];
    long long* start = calloc((size_t)n + 1, sizeof(long long));
    long long* finish = malloc(sizeof(long long) * (n + 1));
    int* stack = malloc(sizeof(int) * (n + 1));
    int top = 0;
    for (int i = 0; i < n; ++i)
        if (!indeg[i]) stack[top++] = i;
    while (top) {
        const int u = stack[--top];
        const long long f = start[u] + duration[u];
        finish[u] = f;
        // the whole rule list is scanned for the rules leaving u
        for (int k = 0; k < m; ++k) {
            if (after[k][0] != u) continue;
            const int v = (int)after[k][1];
            if (f > start[v]) start[v] = f;
            if (--indeg[v] == 0) stack[top++] = v;
        }
    }
    free(indeg); free(start); free(stack);
    *returnSize = n;
    return finish;
}
