#include <stdlib.h>

long long* window_peaks(long long* values, int valuesSize, long long k, int* returnSize) {
    // Keep the running maximum of the window; when the value leaving the window is the
    // maximum, find the new maximum by scanning the whole window again.
    const int n = valuesSize;
    if (k > n) {
        *returnSize = 0;
        return malloc(1);
    }
    const int w = (int)k;
    long long* out = malloc((size_t)(n - w + 1) * sizeof *out);
    long long best = values[0];
    for (int i = 1; i < w; ++i)
        if (values[i] > best) best = values[i];
    out[0] = best;
    for (int i = w; i < n; ++i) {
        const long long leaving = values[i - w];
        if (values[i] >= best) {
            best = values[i];
        } else if (leaving == best) {
            best = values[i - w + 1];
            for (int j = i - w + 2; j <= i; ++j)
                if (values[j] > best) best = values[j];
        }
        out[i - w + 1] = best;
    }
    *returnSize = n - w + 1;
    return out;
}
