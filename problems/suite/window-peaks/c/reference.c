#include <stdlib.h>

long long* window_peaks(long long* values, int valuesSize, long long k, int* returnSize) {
    // Monotone queue of positions whose values decrease from head to tail, kept in a
    // plain array: the head is the current window's maximum.
    const int n = valuesSize;
    if (k > n) {
        *returnSize = 0;
        return malloc(1);
    }
    const int w = (int)k;
    long long* out = malloc((size_t)(n - w + 1) * sizeof *out);
    int* dq = malloc((size_t)n * sizeof *dq);
    int head = 0, tail = 0, count = 0;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        while (tail > head && values[dq[tail - 1]] <= x) --tail;
        dq[tail++] = i;
        if (dq[head] <= i - w) ++head;
        if (i >= w - 1) out[count++] = values[dq[head]];
    }
    free(dq);
    *returnSize = count;
    return out;
}
