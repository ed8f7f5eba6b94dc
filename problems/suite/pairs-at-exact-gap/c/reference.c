#include <stdlib.h>
#include <stdint.h>

static unsigned slot_of(long long v, unsigned mask) {
    return (unsigned)(((uint64_t)v * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

long long count_pairs_at_gap(long long* values, int valuesSize, long long k) {
    const int n = valuesSize;
    if (n < 2) return 0;
    // value -> count in an open-addressing table
    int cap = 1;
    while (cap < 2 * n) cap <<= 1;
    const unsigned mask = (unsigned)cap - 1;
    long long* hkey = malloc(sizeof(long long) * cap);
    long long* hcnt = calloc((size_t)cap, sizeof(long long));
    for (int i = 0; i < n; ++i) {
        const long long v = values[i];
        unsigned h = slot_of(v, mask);
        while (hcnt[h] != 0 && hkey[h] != v) h = (h + 1) & mask;
        hkey[h] = v;
        ++hcnt[h];
    }
    long long total = 0;
    if (k == 0) {
        for (int s = 0; s < cap; ++s) total += hcnt[s] * (hcnt[s] - 1) / 2;
    } else {
        for (int s = 0; s < cap; ++s) {
            if (hcnt[s] == 0) continue;
            const long long w = hkey[s] + k;
            unsigned h = slot_of(w, mask);
            while (hcnt[h] != 0 && hkey[h] != w) h = (h + 1) & mask;
            total += hcnt[s] * hcnt[h];
        }
    }
    free(hkey); free(hcnt);
    return total;
}
