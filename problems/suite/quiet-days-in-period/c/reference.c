#include <stdlib.h>
#include <string.h>

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
        /* recurse into the smaller side, loop on the larger */
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

/* LSD radix sort on key bits 13 .. bits-1 (the low 13 bits are the index, already in
   increasing order, which the stable passes keep), in as few passes of at most 12 bits
   as the value range allows; tmp has room for n keys */
static unsigned long long* radix_sort(unsigned long long* a, unsigned long long* tmp, int n, int bits) {
    static int count[4096];
    const int value_bits = bits - 13;
    if (value_bits <= 0) return a;
    const int passes = (value_bits + 11) / 12;
    const int width = (value_bits + passes - 1) / passes;
    const int buckets = 1 << width;
    const unsigned long long mask = (unsigned long long)(buckets - 1);
    for (int shift = 13; shift < bits; shift += width) {
        memset(count, 0, sizeof(int) * (size_t)buckets);
        for (int i = 0; i < n; ++i) ++count[(a[i] >> shift) & mask];
        int sum = 0;
        for (int d = 0; d < buckets; ++d) { const int c = count[d]; count[d] = sum; sum += c; }
        for (int i = 0; i < n; ++i) tmp[count[(a[i] >> shift) & mask]++] = a[i];
        unsigned long long* t = a; a = tmp; tmp = t;
    }
    return a;
}

#ifndef SMALL
#define SMALL 512
#endif
/* keys (value - min) << 13 | index, sorted; returns the array holding them */
static unsigned long long* sorted_keys(unsigned long long* a, unsigned long long* tmp, int n) {
    if (n < SMALL) {
        sort_keys(a, 0, n - 1);
        return a;
    }
    unsigned long long top = 0;
    for (int i = 0; i < n; ++i) if (a[i] > top) top = a[i];
    int bits = 0;
    while (bits < 64 && (top >> bits)) ++bits;
    return radix_sort(a, tmp, n, bits);
}

long long* quiet_days_in_period(long long* noise, int noiseSize, long long** periods,
                                int periodsSize, int* periodsColSize, int* returnSize) {
    (void)periodsColSize;
    /* Offline: periods by increasing limit, days switched on by increasing noise;
       a Fenwick tree over positions counts the switched-on days in [lo, hi]. */
    const int n = noiseSize, q = periodsSize;
    const int cap = n > q ? n : q;
    unsigned long long* days = malloc(sizeof(unsigned long long) * (size_t)(n + 1));
    unsigned long long* order = malloc(sizeof(unsigned long long) * (size_t)(q + 1));
    unsigned long long* tmp = malloc(sizeof(unsigned long long) * (size_t)(cap + 1));
    unsigned long long* tmp2 = malloc(sizeof(unsigned long long) * (size_t)(cap + 1));
    long long low = 2000000000LL;
    for (int i = 0; i < n; ++i) if (noise[i] < low) low = noise[i];
    for (int k = 0; k < q; ++k) if (periods[k][2] < low) low = periods[k][2];
    for (int i = 0; i < n; ++i) days[i] = ((unsigned long long)(noise[i] - low) << 13) | (unsigned)i;
    for (int k = 0; k < q; ++k) order[k] = ((unsigned long long)(periods[k][2] - low) << 13) | (unsigned)k;
    unsigned long long* const days_mem = days;
    unsigned long long* const order_mem = order;
    days = sorted_keys(days, tmp, n);
    order = sorted_keys(order, tmp2, q);
    int* tree = calloc((size_t)n + 1, sizeof(int));
    long long* answer = malloc(sizeof(long long) * (size_t)(q + 1));
    int d = 0;
    for (int j = 0; j < q; ++j) {
        const int k = (int)(order[j] & 8191);
        const int lo = (int)periods[k][0], hi = (int)periods[k][1];
        const unsigned long long bound = (order[j] | 8191);  /* every day key with noise <= limit */
        while (d < n && days[d] <= bound) {
            for (int i = (int)(days[d] & 8191) + 1; i <= n; i += i & -i) ++tree[i];
            ++d;
        }
        /* on-days at positions lo..hi = prefix(hi + 1) - prefix(lo); the two walks
           stop where they meet */
        int s = 0, b = hi + 1, a = lo;
        while (b > a) { s += tree[b]; b &= b - 1; }
        while (a > b) { s -= tree[a]; a &= a - 1; }
        answer[k] = s;
    }
    free(days_mem); free(order_mem); free(tmp); free(tmp2); free(tree);
    *returnSize = q;
    return answer;
}
