#include <stdlib.h>

/* quicksort of distinct 64-bit keys: median of three, insertion sort for short ranges */
static void sort_keys(unsigned long long* a, int lo, int hi) {
    while (hi - lo > 16) {
        const int mid = lo + ((hi - lo) >> 1);
        unsigned long long x = a[lo], y = a[mid], z = a[hi];
        unsigned long long p = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) ++i;
            while (a[j] > p) --j;
            if (i <= j) { unsigned long long t = a[i]; a[i] = a[j]; a[j] = t; ++i; --j; }
        }
        if (j - lo < hi - i) { sort_keys(a, lo, j); lo = i; }
        else { sort_keys(a, i, hi); hi = j; }
    }
    for (int i = lo + 1; i <= hi; ++i) {
        unsigned long long v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; --j; }
        a[j + 1] = v;
    }
}

/* Job i needs r_i = ceil(b_i / q) slices and finishes in round r_i. Up to then a job j
   has used b_j if r_j < r_i (or r_j == r_i and j <= i), r_i * q if r_j > r_i and j < i,
   and (r_i - 1) * q if r_j >= r_i and j > i. Jobs are handled by decreasing r; a Fenwick
   tree counts earlier-indexed jobs with a larger r. */
long long* finish_times(long long* bursts, int burstsSize, long long quantum, int* returnSize) {
    const int n = burstsSize;
    const long long q = quantum;
    long long* finish = malloc(sizeof(long long) * (size_t)(n + 1));
    *returnSize = n;
    if (n == 0) return finish;
    long long* rounds = malloc(sizeof(long long) * (size_t)n);
    unsigned long long* key = malloc(sizeof(unsigned long long) * (size_t)n);
    int* order = malloc(sizeof(int) * (size_t)n);
    long long remaining = 0;
    for (int i = 0; i < n; ++i) {
        rounds[i] = (bursts[i] + q - 1) / q;
        remaining += bursts[i];
        key[i] = ((unsigned long long)rounds[i] << 13) | (unsigned)i;
    }
    sort_keys(key, 0, n - 1);
    for (int k = 0; k < n; ++k) order[k] = (int)(key[k] & 8191);
    int* tree = calloc((size_t)n + 1, sizeof(int));
    long long greater = 0;
    int end = n;
    while (end) {
        const long long r = rounds[order[end - 1]];
        int start = end - 1;
        while (start && rounds[order[start - 1]] == r) --start;
        const long long m = end - start;
        for (int k = start; k < end; ++k) remaining -= bursts[order[k]];
        const long long full = r * q, part = full - q;
        long long acc = remaining;
        long long after = greater + m - 1;
        for (int k = start; k < end; ++k) {
            const int i = order[k];
            long long c = 0;
            for (int x = i; x; x &= x - 1) c += tree[x];
            acc += bursts[i];
            finish[i] = acc + full * c + part * (after - c);
            --after;
        }
        for (int k = start; k < end; ++k)
            for (int x = order[k] + 1; x <= n; x += x & -x) ++tree[x];
        greater += m;
        end = start;
    }
    free(rounds); free(key); free(order); free(tree);
    return finish;
}
