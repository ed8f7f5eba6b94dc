#include <stdlib.h>

long long* paint_layer_thickness(long long n, long long** strokes, int strokesSize, int* strokesColSize,
                                 int* returnSize) {
    (void)strokesColSize;
    /* adds every stroke board by board: O(n * strokes) */
    long long* out = calloc((size_t)n + 1, sizeof(long long));
    for (int i = 0; i < strokesSize; ++i) {
        const long long* s = strokes[i];
        for (long long b = s[0]; b <= s[1]; ++b) out[b] += s[2];
    }
    *returnSize = (int)n;
    return out;
}
