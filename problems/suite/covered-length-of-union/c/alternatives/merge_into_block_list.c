#include <stdlib.h>

long long covered_length(long long** intervals, int intervalsSize, int* intervalsColSize) {
    // Keep an unordered array of disjoint blocks; every interval scans all of them,
    // absorbs the ones it overlaps or touches, and is appended: O(n * blocks).
    (void)intervalsColSize;
    const int n = intervalsSize;
    long long* lo = malloc(((size_t)n + 1) * sizeof *lo);
    long long* hi = malloc(((size_t)n + 1) * sizeof *hi);
    int count = 0;
    for (int i = 0; i < n; ++i) {
        long long a = intervals[i][0], b = intervals[i][1];
        int kept = 0;
        for (int k = 0; k < count; ++k) {
            if (hi[k] < a || b < lo[k]) {
                lo[kept] = lo[k];
                hi[kept++] = hi[k];
            } else {
                if (lo[k] < a) a = lo[k];
                if (hi[k] > b) b = hi[k];
            }
        }
        lo[kept] = a;
        hi[kept++] = b;
        count = kept;
    }
    long long total = 0;
    for (int k = 0; k < count; ++k) total += hi[k] - lo[k];
    free(hi);
    free(lo);
    return total;
}
