#include <stdlib.h>

long long* paint_layer_thickness(long long n, long long** strokes, int strokesSize, int* strokesColSize,
                                 int* returnSize) {
    (void)strokesColSize;
    /* difference array: +t where a stroke starts, -t just past where it ends */
    long long* out = calloc((size_t)n + 1, sizeof(long long));
    for (int i = 0; i < strokesSize; ++i) {
        const long long* s = strokes[i];
        out[s[0]] += s[2];
        out[s[1] + 1] -= s[2];
    }
    for (long long i = 1; i < n; ++i) out[i] += out[i - 1];
    *returnSize = (int)n;
    return out;
}
