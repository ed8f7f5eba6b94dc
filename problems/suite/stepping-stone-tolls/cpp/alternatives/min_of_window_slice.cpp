#include <algorithm>
#include <tuple>
#include <vector>

long long stepping_stone_tolls(std::vector<long long> tolls, long long k) {
    const long long INF = (long long)1 << 62;
    long long n = tolls.size();
    std::vector<long long> dp(n, INF);
    if (tolls[0] != -1) dp[0] = tolls[0];
    for (long long i = 1; i < n; ++i) {
        if (tolls[i] == -1) continue;
        std::vector<long long> window(dp.begin() + std::max(0LL, i - k), dp.begin() + i);
        long long best = *std::min_element(window.begin(), window.end());
        if (best != INF) dp[i] = best + tolls[i];
    }
    return dp[n - 1] != INF ? dp[n - 1] : -1;
}
