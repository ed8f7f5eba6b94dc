#include <stdlib.h>
#include <stdint.h>

long long longest_window_k_kinds(long long* values, int valuesSize, long long k) {
    if (k <= 0 || valuesSize == 0) return 0;
    const int n = valuesSize;
    // compress the values to small ids with an open-addressing table, then count in a flat array
    int cap = 1;
    while (cap < 2 * n) cap <<= 1;
    const unsigned mask = (unsigned)cap - 1;
    long long* hkey = malloc(sizeof(long long) * cap);
    int* hid = malloc(sizeof(int) * cap);
    for (int i = 0; i < cap; ++i) hid[i] = -1;
    int* a = malloc(sizeof(int) * n);
    int m = 0;
    for (int i = 0; i < n; ++i) {
        const long long v = values[i];
        unsigned h = (unsigned)(((uint64_t)v * 0x9E3779B97F4A7C15ull) >> 32) & mask;
        while (hid[h] >= 0 && hkey[h] != v) h = (h + 1) & mask;
        if (hid[h] < 0) {
            hkey[h] = v;
            hid[h] = m++;
        }
        a[i] = hid[h];
    }
    int* cnt = calloc((size_t)m, sizeof(int));
    // the window only grows or slides by one, so its final size is the answer
    long long kinds = 0;
    int left = 0;
    for (int i = 0; i < n; ++i) {
        if (cnt[a[i]]++ == 0) ++kinds;
        if (kinds > k && --cnt[a[left++]] == 0) --kinds;
    }
    free(hkey); free(hid); free(a); free(cnt);
    return n - left;
}
