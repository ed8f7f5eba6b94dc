#include <stdlib.h>

static void quick_sort_ll(long long* a, int n) {
    // Quicksort (median of three, Hoare partition) recursing on the smaller side,
    // insertion sort for short runs; pointer loops keep the inner steps short.
    if (n < 2) return;
    long long* lo = a;
    long long* hi = a + n - 1;  // inclusive
    while (hi - lo > 16) {
        long long* mid = lo + ((hi - lo) >> 1);
        long long t;
        if (*mid < *lo) t = *mid, *mid = *lo, *lo = t;
        if (*hi < *lo) t = *hi, *hi = *lo, *lo = t;
        if (*hi < *mid) t = *hi, *hi = *mid, *mid = t;
        const long long p = *mid;
        long long* l = lo;
        long long* r = hi;
        for (;;) {
            while (*l < p) ++l;
            while (*r > p) --r;
            if (l >= r) break;
            t = *l, *l = *r, *r = t;
            ++l, --r;
        }
        // lo..r <= p <= l..hi
        if (r - lo < hi - l) {
            quick_sort_ll(lo, (int)(r - lo + 1));
            lo = l;
        } else {
            quick_sort_ll(l, (int)(hi - l + 1));
            hi = r;
        }
    }
    for (long long* i = lo + 1; i <= hi; ++i) {
        const long long x = *i;
        long long* j = i;
        while (j > lo && j[-1] > x) *j = j[-1], --j;
        *j = x;
    }
}

static void sort_ll(long long* a, int n) {
    // LSD radix sort of (value - min) in 11-bit digits, only as many passes as the
    // range needs, all digit counts taken in one read; quicksort for short arrays,
    // where the 2048-slot counts would cost more than the sort.
    if (n < 2048) {
        quick_sort_ll(a, n);
        return;
    }
    long long lo = a[0], hi = a[0];
    for (int i = 1; i < n; ++i) {
        if (a[i] < lo) lo = a[i];
        if (a[i] > hi) hi = a[i];
    }
    const unsigned long long range = (unsigned long long)hi - (unsigned long long)lo;
    int passes = 0;
    while (passes < 6 && (range >> (11 * passes))) ++passes;
    if (!passes) return;
    unsigned* count = calloc((size_t)passes << 11, sizeof *count);
    unsigned long long* src = (unsigned long long*)a;
    for (int i = 0; i < n; ++i) {
        const unsigned long long x = src[i] - (unsigned long long)lo;
        src[i] = x;
        for (int p = 0; p < passes; ++p) ++count[(p << 11) | (x >> (11 * p) & 2047)];
    }
    unsigned long long* dst = malloc((size_t)n * sizeof *dst);
    unsigned long long* spare = dst;
    for (int p = 0; p < passes; ++p) {
        unsigned* c = count + (p << 11);
        unsigned sum = 0;
        for (int d = 0; d < 2048; ++d) {
            const unsigned k = c[d];
            c[d] = sum;
            sum += k;
        }
        const int shift = 11 * p;
        for (int i = 0; i < n; ++i) {
            const unsigned long long x = src[i];
            dst[c[x >> shift & 2047]++] = x;
        }
        unsigned long long* t = src;
        src = dst;
        dst = t;
    }
    for (int i = 0; i < n; ++i) a[i] = (long long)(src[i] + (unsigned long long)lo);
    free(spare);
    free(count);
}

long long covered_length(long long** intervals, int intervalsSize, int* intervalsColSize) {
    // Pair the i-th smallest start with the i-th smallest end: same union. With both
    // sorted, the only holes are the gaps where starts[i] > ends[i - 1].
    (void)intervalsColSize;
    const int n = intervalsSize;
    if (n == 0) return 0;
    long long* starts = malloc((size_t)n * sizeof *starts);
    long long* ends = malloc((size_t)n * sizeof *ends);
    for (int i = 0; i < n; ++i) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    sort_ll(starts, n);
    sort_ll(ends, n);
    long long total = ends[n - 1] - starts[0];
    for (int i = 1; i < n; ++i)
        if (starts[i] > ends[i - 1]) total -= starts[i] - ends[i - 1];
    free(ends);
    free(starts);
    return total;
}
