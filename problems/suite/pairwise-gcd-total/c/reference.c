#include <stdlib.h>

long long pairwise_gcd_total(long long* values, int valuesSize) {
    // exact[d] = pairs whose gcd is exactly d = C(multiples of d, 2) - sum exact[k d], k >= 2
    int M = 0;
    for (int i = 0; i < valuesSize; ++i)
        if (values[i] > M) M = (int)values[i];
    int* cnt = calloc((size_t)M + 1, sizeof(int));
    for (int i = 0; i < valuesSize; ++i) ++cnt[values[i]];
    long long* exact = calloc((size_t)M + 1, sizeof(long long));
    long long total = 0;
    for (int d = M; d >= 1; --d) {
        long long c = 0;
        for (int m = d; m <= M; m += d) c += cnt[m];
        if (c < 2) continue;
        long long x = c * (c - 1) / 2;
        for (int m = 2 * d; m <= M; m += d) x -= exact[m];
        exact[d] = x;
        total += (long long)d * x;
    }
    free(cnt); free(exact);
    return total;
}
