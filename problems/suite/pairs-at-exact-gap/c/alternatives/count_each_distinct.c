#include <stdlib.h>

long long count_pairs_at_gap(long long* values, int valuesSize, long long k) {
    const int n = valuesSize;
    // distinct values collected with a linear search of the ones seen so far
    long long* distinct = malloc(sizeof(long long) * (size_t)(n + 1));
    long long* counts = malloc(sizeof(long long) * (size_t)(n + 1));
    int d = 0;
    for (int i = 0; i < n; ++i) {
        int j = 0;
        while (j < d && distinct[j] != values[i]) ++j;
        if (j == d) { distinct[d] = values[i]; counts[d] = 0; ++d; }
        ++counts[j];
    }
    long long total = 0;
    for (int a = 0; a < d; ++a) {
        if (k == 0) {
            total += counts[a] * (counts[a] - 1) / 2;
            continue;
        }
        const long long w = distinct[a] + k;
        for (int b = 0; b < d; ++b) {
            if (distinct[b] == w) { total += counts[a] * counts[b]; break; }
        }
    }
    free(distinct); free(counts);
    return total;
}
