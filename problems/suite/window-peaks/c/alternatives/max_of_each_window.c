#include <stdlib.h>

long long* window_peaks(long long* values, int valuesSize, long long k, int* returnSize) {
    // The maximum of every window taken by a fresh loop over its k values: O(n * k).
    const int n = valuesSize;
    if (k > n) {
        *returnSize = 0;
        return malloc(1);
    }
    const int w = (int)k;
    long long* out = malloc((size_t)(n - w + 1) * sizeof *out);
    for (int i = 0; i + w <= n; ++i) {
        long long best = values[i];
        for (int j = i + 1; j < i + w; ++j)
            if (values[j] > best) best = values[j];
        out[i] = best;
    }
    *returnSize = n - w + 1;
    return out;
}
