#include <stdlib.h>
#include <string.h>

long long close_range_inversions(long long* readings, int readingsSize, long long reach) {
    // For every reading, copy the window of the previous `reach` readings and count
    // the ones that are larger.
    const int n = readingsSize;
    if (n < 2 || reach <= 0) return 0;
    long long total = 0;
    for (int j = 1; j < n; ++j) {
        const int from = j > reach ? (int)(j - reach) : 0;
        const int len = j - from;
        long long* window = malloc((size_t)len * sizeof *window);
        memcpy(window, readings + from, (size_t)len * sizeof *window);
        for (int i = 0; i < len; ++i)
            if (window[i] > readings[j]) ++total;
        free(window);
    }
    return total;
}
