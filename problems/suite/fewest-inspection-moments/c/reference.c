#include <stdint.h>
#include <stdlib.h>

// quicksort (median of three) with insertion sort for short runs
static void sort_u64(uint64_t* a, int lo, int hi) {
    while (hi - lo > 16) {
        const int mid = lo + (hi - lo) / 2;
        uint64_t x = a[lo], y = a[mid], z = a[hi];
        uint64_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) ++i;
            while (a[j] > pivot) --j;
            if (i <= j) {
                uint64_t t = a[i]; a[i] = a[j]; a[j] = t;
                ++i; --j;
            }
        }
        if (j - lo < hi - i) { sort_u64(a, lo, j); lo = i; }
        else { sort_u64(a, i, hi); hi = j; }
    }
    for (int i = lo + 1; i <= hi; ++i) {
        uint64_t v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) { a[j + 1] = a[j]; --j; }
        a[j + 1] = v;
    }
}

long long fewest_inspections(long long** stays, int staysSize, int* staysColSize) {
    (void)staysColSize;
    const int n = staysSize;
    if (n == 0) return 0;
    // greedy by leave time: inspect at the last moment of the first-ending stay not yet met;
    // each stay packed as leave * 2^30 + arrive (both below 2^30)
    uint64_t* key = malloc(sizeof(uint64_t) * n);
    for (int i = 0; i < n; ++i) key[i] = ((uint64_t)stays[i][1] << 30) | (uint64_t)stays[i][0];
    sort_u64(key, 0, n - 1);
    long long last = -1, count = 0;
    const uint64_t mask = (1u << 30) - 1;
    for (int i = 0; i < n; ++i) {
        const long long arrive = (long long)(key[i] & mask);
        if (arrive > last) last = (long long)(key[i] >> 30) - 1, ++count;
    }
    free(key);
    return count;
}
