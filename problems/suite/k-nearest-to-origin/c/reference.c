#include <stdint.h>
#include <stdlib.h>

/* Key = squared distance << 17 | index (distance <= 2e12 < 2^41, index < 2^17):
   keys are distinct and order as (distance, index). Quickselect the k smallest,
   then sort those k. */
static void swap_keys(uint64_t* a, uint64_t* b) {
    uint64_t t = *a;
    *a = *b;
    *b = t;
}

static void sort_keys(uint64_t* a, int lo, int hi) { /* sorts a[lo..hi) */
    while (hi - lo > 16) {
        const int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap_keys(&a[mid], &a[lo]);
        if (a[hi - 1] < a[lo]) swap_keys(&a[hi - 1], &a[lo]);
        if (a[hi - 1] < a[mid]) swap_keys(&a[hi - 1], &a[mid]);
        const uint64_t pivot = a[mid];
        int i = lo, j = hi - 1;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                swap_keys(&a[i], &a[j]);
                i++;
                j--;
            }
        }
        if (j + 1 - lo < hi - i) {
            sort_keys(a, lo, j + 1);
            lo = i;
        } else {
            sort_keys(a, i, hi);
            hi = j + 1;
        }
    }
    for (int i = lo + 1; i < hi; i++) {
        const uint64_t v = a[i];
        int j = i;
        while (j > lo && a[j - 1] > v) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}

/* Rearranges a[0..n) so that its k smallest keys come first (in any order). */
static void select_keys(uint64_t* a, int n, int k) {
    int lo = 0, hi = n - 1;
    while (hi > lo) {
        const int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[lo]) swap_keys(&a[mid], &a[lo]);
        if (a[hi] < a[lo]) swap_keys(&a[hi], &a[lo]);
        if (a[hi] < a[mid]) swap_keys(&a[hi], &a[mid]);
        const uint64_t pivot = a[mid];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) i++;
            while (a[j] > pivot) j--;
            if (i <= j) {
                swap_keys(&a[i], &a[j]);
                i++;
                j--;
            }
        }
        /* now a[lo..j] <= pivot <= a[i..hi], and j < i */
        if (k <= j) hi = j;
        else if (k >= i) lo = i;
        else return;
    }
}

long long* k_nearest_indices(long long* xs, int xsSize, long long* ys, int ysSize, long long k, int* returnSize) {
    (void)ysSize;
    const int n = xsSize;
    const int kk = (int)k;
    *returnSize = kk > 0 ? kk : 0;
    long long* out = malloc(sizeof(long long) * (size_t)(kk > 0 ? kk : 1));
    if (kk <= 0) return out;
    uint64_t* key = malloc(sizeof(uint64_t) * (size_t)n);
    for (int i = 0; i < n; i++)
        key[i] = (uint64_t)(xs[i] * xs[i] + ys[i] * ys[i]) << 17 | (uint64_t)i;
    if (kk < n) select_keys(key, n, kk);
    sort_keys(key, 0, kk);
    for (int i = 0; i < kk; i++) out[i] = (long long)(key[i] & 131071u);
    free(key);
    return out;
}
