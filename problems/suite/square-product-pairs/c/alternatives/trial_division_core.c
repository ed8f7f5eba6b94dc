#include <stdlib.h>

long long square_product_pairs(long long* values, int valuesSize) {
    int n = valuesSize;
    long long* cores = malloc(sizeof(long long) * (size_t)(n + 1));
    long long total = 0;
    for (int i = 0; i < n; i++) {
        long long v = values[i];
        long long core = 1;
        /* square-free part by trial division with every d up to sqrt(v) */
        for (long long d = 2; d * d <= v; d++) {
            int e = 0;
            while (v % d == 0) {
                v /= d;
                e++;
            }
            if (e % 2 == 1) core *= d;
        }
        core *= v;
        cores[i] = core;
    }
    /* count equal square-free parts with a small hash table */
    int bits = 4;
    while ((1 << bits) < 2 * n) bits++;
    unsigned cap = 1u << bits, mask = cap - 1;
    long long* keys = calloc(cap, sizeof(long long));
    long long* counts = malloc(sizeof(long long) * cap);
    for (int i = 0; i < n; i++) {
        long long core = cores[i];
        unsigned s = (unsigned)(((unsigned long long)core * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
        while (keys[s] && keys[s] != core) s = (s + 1) & mask;
        if (keys[s]) {
            total += counts[s]++;
        } else {
            keys[s] = core;
            counts[s] = 1;
        }
    }
    free(keys);
    free(counts);
    free(cores);
    return total;
}
