#include <stdlib.h>

long long min_heaviest_batch(long long* weights, int weightsSize, long long m) {
    const int n = weightsSize;
    if (n == 0) return 0;
    long long top = 0;
    for (int i = 0; i < n; ++i) if (weights[i] > top) top = weights[i];
    if (m >= n) return top;
    long long* prefix = malloc(sizeof(long long) * (size_t)(n + 1));
    prefix[0] = 0;
    for (int i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + weights[i];
    const long long total = prefix[n];
    const int bits = 32 - __builtin_clz((unsigned)n);
    const int jump = m * bits < n;
    const long long avg = (total + m - 1) / m;
    long long lo = top > avg ? top : avg, hi = avg + top;
    while (lo < hi) {
        const long long cap = (lo + hi) >> 1;
        int ok;
        if (jump) {
            /* each greedy batch found by one binary search over the prefix sums */
            int pos = 0;
            ok = 0;
            for (long long b = 0; b < m; ++b) {
                const long long limit = prefix[pos] + cap;
                int a = pos, z = n + 1; /* first index with prefix > limit */
                while (a < z) {
                    const int mid = (a + z) >> 1;
                    if (prefix[mid] <= limit) a = mid + 1; else z = mid;
                }
                pos = a - 1;
                if (pos == n) { ok = 1; break; }
            }
        } else {
            long long batches = 1, load = 0;
            ok = 1;
            for (int i = 0; i < n; ++i) {
                load += weights[i];
                if (load > cap) {
                    if (++batches > m) { ok = 0; break; }
                    load = weights[i];
                }
            }
        }
        if (ok) hi = cap; else lo = cap + 1;
    }
    free(prefix);
    return lo;
}
