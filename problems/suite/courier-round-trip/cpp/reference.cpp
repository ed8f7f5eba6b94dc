#include <algorithm>
#include <tuple>
#include <vector>

long long courier_round_trip(const std::vector<std::vector<long long>>& cost) {
    // Held-Karp: dp[mask][j] = cheapest path depot -> the locations of mask -> ends at j.
    const int n = (int)cost.size();
    if (n == 1) return 0;
    const int m = n - 1, full = 1 << m;
    const long long INF = (long long)4e18;
    std::vector<long long> dp((size_t)full * m, INF);
    for (int j = 0; j < m; ++j) dp[(size_t)(1 << j) * m + j] = cost[0][j + 1];
    for (int mask = 1; mask < full; ++mask) {
        const long long* row = &dp[(size_t)mask * m];
        for (int j = 0; j < m; ++j) {
            const long long here = row[j];
            if (here >= INF || !(mask >> j & 1)) continue;
            const std::vector<long long>& from = cost[j + 1];
            for (int k = 0; k < m; ++k) {
                if (mask >> k & 1) continue;
                long long& slot = dp[(size_t)(mask | 1 << k) * m + k];
                slot = std::min(slot, here + from[k + 1]);
            }
        }
    }
    long long best = INF;
    const long long* last = &dp[(size_t)(full - 1) * m];
    for (int j = 0; j < m; ++j) best = std::min(best, last[j] + cost[j + 1][0]);
    return best;
}
