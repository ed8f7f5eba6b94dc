#include <stdint.h>
#include <stdlib.h>

/* Euclid's gcd on 32-bit values (lengths are at most 10**9); gcd(0, x) = x */
static inline long long gcd_ll(long long x, long long y) {
    uint32_t a = (uint32_t)x, b = (uint32_t)y;
    while (b != 0) {
        uint32_t t = a % b;
        a = b;
        b = t;
    }
    return (long long)a;
}

long long* common_gauge_of_stretch(long long* lengths, int lengthsSize, long long** queries, int queriesSize,
                                   int* queriesColSize, int* returnSize) {
    (void)queriesColSize;
    /* Sparse table: row k holds gcd of lengths[i .. i + 2^k). gcd is idempotent, so a
       stretch is covered by two overlapping power-of-two blocks: one gcd per query. */
    const int n = lengthsSize;
    int levels = 1;
    while ((2 << (levels - 1)) <= n) ++levels;
    long long** table = malloc(sizeof(long long*) * (size_t)levels);
    table[0] = lengths;
    for (int k = 1; k < levels; ++k) {
        const int half = 1 << (k - 1);
        const int len = n - 2 * half + 1;
        const long long* prev = table[k - 1];
        long long* row = malloc(sizeof(long long) * (size_t)len);
        for (int i = 0; i < len; ++i) row[i] = gcd_ll(prev[i], prev[i + half]);
        table[k] = row;
    }
    long long* out = malloc(sizeof(long long) * (queriesSize > 0 ? queriesSize : 1));
    for (int j = 0; j < queriesSize; ++j) {
        const int lo = (int)queries[j][0], hi = (int)queries[j][1];
        const int k = 31 - __builtin_clz((unsigned)(hi - lo + 1));
        const long long* r = table[k];
        out[j] = gcd_ll(r[lo], r[hi - (1 << k) + 1]);
    }
    for (int k = 1; k < levels; ++k) free(table[k]);
    free(table);
    *returnSize = queriesSize;
    return out;
}
