#include <stdlib.h>
#include <string.h>

long long* paint_layer_thickness(long long n, long long** strokes, int strokesSize, int* strokesColSize,
                                 int* returnSize) {
    (void)strokesColSize;
    /* every stroke builds a fresh copy of the fence with its boards painted */
    long long* fence = calloc((size_t)n + 1, sizeof(long long));
    for (int i = 0; i < strokesSize; ++i) {
        const long long* s = strokes[i];
        long long* next = malloc(((size_t)n + 1) * sizeof(long long));
        memcpy(next, fence, (size_t)n * sizeof(long long));
        for (long long b = s[0]; b <= s[1]; ++b) next[b] = fence[b] + s[2];
        free(fence);
        fence = next;
    }
    *returnSize = (int)n;
    return fence;
}
