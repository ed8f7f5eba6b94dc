#include <algorithm>
#include <tuple>
#include <vector>

long long pairwise_gcd_total(const std::vector<long long>& values) {
    // exact[d] = pairs whose gcd is exactly d = C(multiples of d, 2) - sum exact[k d], k >= 2
    const int M = (int)*std::max_element(values.begin(), values.end());
    std::vector<int> cnt(M + 1, 0);
    for (long long v : values) ++cnt[v];
    std::vector<long long> exact(M + 1, 0);
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
    return total;
}
