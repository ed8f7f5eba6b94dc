#include <algorithm>
#include <tuple>
#include <vector>

long long min_heaviest_batch(const std::vector<long long>& weights, long long m) {
    const int n = (int)weights.size();
    if (n == 0) return 0;
    const long long top = *std::max_element(weights.begin(), weights.end());
    if (m >= n) return top;
    std::vector<long long> prefix(n + 1, 0);
    for (int i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + weights[i];
    const long long total = prefix[n];
    const int bits = 32 - __builtin_clz((unsigned)n);
    const bool jump = m * bits < n;
    auto fits = [&](long long cap) {
        if (jump) {
            // each greedy batch found by one binary search over the prefix sums
            int pos = 0;
            for (long long b = 0; b < m; ++b) {
                pos = int(std::upper_bound(prefix.begin() + pos, prefix.end(), prefix[pos] + cap) - prefix.begin()) - 1;
                if (pos == n) return true;
            }
            return false;
        }
        long long batches = 1, load = 0;
        for (int i = 0; i < n; ++i) {
            load += weights[i];
            if (load > cap) {
                if (++batches > m) return false;
                load = weights[i];
            }
        }
        return true;
    };
    const long long avg = (total + m - 1) / m;
    long long lo = std::max(top, avg), hi = avg + top;
    while (lo < hi) {
        const long long mid = (lo + hi) >> 1;
        if (fits(mid)) hi = mid; else lo = mid + 1;
    }
    return lo;
}
