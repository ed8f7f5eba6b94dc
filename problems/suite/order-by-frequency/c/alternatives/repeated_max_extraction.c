#include <stdint.h>
#include <stdlib.h>

long long* order_by_frequency(long long* values, int valuesSize, int* returnSize) {
    // Count with a hash table, then repeatedly scan the remaining groups for the most
    // frequent one (smallest value on ties) and move it out: O(d^2) for d groups.
    const int n = valuesSize;
    *returnSize = n;
    long long* out = malloc(((size_t)n + 1) * sizeof *out);
    if (n == 0) return out;
    int bits = 1;
    while ((1 << bits) < 2 * n) ++bits;
    const unsigned mask = (1u << bits) - 1;
    long long* keys = malloc(((size_t)mask + 1) * sizeof *keys);
    int* counts = calloc((size_t)mask + 1, sizeof *counts);
    int distinct = 0;
    for (int i = 0; i < n; ++i) {
        const long long v = values[i];
        unsigned h = (unsigned)(((uint64_t)v * 0x9E3779B97F4A7C15ull) >> (64 - bits));
        while (counts[h] && keys[h] != v) h = (h + 1) & mask;
        if (!counts[h]) keys[h] = v, ++distinct;
        ++counts[h];
    }
    long long* gv = malloc((size_t)distinct * sizeof *gv);
    int* gc = malloc((size_t)distinct * sizeof *gc);
    int d = 0;
    for (unsigned h = 0; h <= mask; ++h)
        if (counts[h]) gv[d] = keys[h], gc[d++] = counts[h];
    int k = 0;
    while (d > 0) {
        int best = 0;
        for (int i = 1; i < d; ++i)
            if (gc[i] > gc[best] || (gc[i] == gc[best] && gv[i] < gv[best])) best = i;
        for (int j = 0; j < gc[best]; ++j) out[k++] = gv[best];
        --d;
        gv[best] = gv[d];
        gc[best] = gc[d];
    }
    free(gc);
    free(gv);
    free(counts);
    free(keys);
    return out;
}
