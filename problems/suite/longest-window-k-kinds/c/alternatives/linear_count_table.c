#include <stdlib.h>

long long longest_window_k_kinds(long long* values, int valuesSize, long long k) {
    if (k <= 0) return 0;
    const int n = valuesSize;
    // the window's counts as an array of (value, count) pairs found by a linear search
    long long* keys = malloc(sizeof(long long) * (size_t)(n + 1));
    int* counts = malloc(sizeof(int) * (size_t)(n + 1));
    int kinds = 0;
    int left = 0;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        int j = 0;
        while (j < kinds && keys[j] != x) ++j;
        if (j == kinds) {
            keys[kinds] = x;
            counts[kinds] = 0;
            ++kinds;
        }
        ++counts[j];
        if (kinds > k) {
            const long long y = values[left++];
            int t = 0;
            while (keys[t] != y) ++t;
            if (--counts[t] == 0) {
                --kinds;
                keys[t] = keys[kinds];
                counts[t] = counts[kinds];
            }
        }
    }
    free(keys); free(counts);
    return n - left;
}
