#include <stdlib.h>

static long long gcd_ll(long long a, long long b) {
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

long long* common_gauge_of_stretch(long long* lengths, int lengthsSize, long long** queries, int queriesSize,
                                   int* queriesColSize, int* returnSize) {
    (void)lengthsSize;
    (void)queriesColSize;
    /* every query folds gcd over its whole stretch */
    long long* out = malloc(sizeof(long long) * (queriesSize > 0 ? queriesSize : 1));
    for (int j = 0; j < queriesSize; ++j) {
        long long g = 0;
        for (long long i = queries[j][0]; i <= queries[j][1]; ++i) g = gcd_ll(g, lengths[i]);
        out[j] = g;
    }
    *returnSize = queriesSize;
    return out;
}
