#include <stdlib.h>

long long pairwise_gcd_total(long long* values, int valuesSize) {
    int M = 0;
    for (int i = 0; i < valuesSize; ++i)
        if (values[i] > M) M = (int)values[i];
    // the frequency of each distinct value counted by a scan over the whole list
    int* cnt = calloc((size_t)M + 1, sizeof(int));
    for (int i = 0; i < valuesSize; ++i) {
        const long long v = values[i];
        if (cnt[v] != 0) continue;
        int c = 0;
        for (int j = 0; j < valuesSize; ++j)
            if (values[j] == v) ++c;
        cnt[v] = c;
    }
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
