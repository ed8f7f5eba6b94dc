#include <stdint.h>
#include <stdlib.h>

static void sort_ll(long long* a, int n) {
    // Quicksort (median of three, Hoare partition) on the larger side iteratively,
    // insertion sort for short runs.
    while (n > 16) {
        const int mid = n >> 1;
        long long t;
        if (a[mid] < a[0]) t = a[mid], a[mid] = a[0], a[0] = t;
        if (a[n - 1] < a[0]) t = a[n - 1], a[n - 1] = a[0], a[0] = t;
        if (a[n - 1] < a[mid]) t = a[n - 1], a[n - 1] = a[mid], a[mid] = t;
        const long long p = a[mid];
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < p) ++i;
            while (a[j] > p) --j;
            if (i >= j) break;
            t = a[i], a[i] = a[j], a[j] = t;
            ++i, --j;
        }
        // a[0..j] <= p <= a[i..n-1]
        if (j + 1 < n - i) {
            sort_ll(a, j + 1);
            a += i, n -= i;
        } else {
            sort_ll(a + i, n - i);
            n = j + 1;
        }
    }
    for (int i = 1; i < n; ++i) {
        const long long x = a[i];
        int j = i;
        while (j > 0 && a[j - 1] > x) a[j] = a[j - 1], --j;
        a[j] = x;
    }
}

long long* order_by_frequency(long long* values, int valuesSize, int* returnSize) {
    // Count with an open-addressing hash table, then sort the groups by one packed key
    // per group: (n - count) in the high half, the value (shifted to be >= 0) in the low.
    const int n = valuesSize;
    *returnSize = n;
    long long* out = malloc(((size_t)n + 1) * sizeof *out);
    if (n == 0) return out;
    int bits = 1;
    while ((1 << bits) < 2 * n) ++bits;
    const unsigned mask = (1u << bits) - 1;
    long long* keys = malloc(((size_t)mask + 1) * sizeof *keys);
    int* counts = calloc((size_t)mask + 1, sizeof *counts);  // 0 marks an empty slot
    int distinct = 0;
    for (int i = 0; i < n; ++i) {
        const long long v = values[i];
        unsigned h = (unsigned)(((uint64_t)v * 0x9E3779B97F4A7C15ull) >> (64 - bits));
        while (counts[h] && keys[h] != v) h = (h + 1) & mask;
        if (!counts[h]) keys[h] = v, ++distinct;
        ++counts[h];
    }
    long long* groups = malloc((size_t)distinct * sizeof *groups);
    int g = 0;
    for (unsigned h = 0; h <= mask; ++h)
        if (counts[h]) groups[g++] = ((long long)(n - counts[h]) << 32) | (keys[h] + 1000000000LL);
    sort_ll(groups, distinct);
    int k = 0;
    for (int i = 0; i < distinct; ++i) {
        const long long v = (groups[i] & 0xFFFFFFFFLL) - 1000000000LL;
        const int c = n - (int)(groups[i] >> 32);
        for (int j = 0; j < c; ++j) out[k++] = v;
    }
    free(groups);
    free(counts);
    free(keys);
    return out;
}
