#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long nested_crate_chain(std::vector<std::pair<long long, long long>> crates) {
    std::sort(crates.begin(), crates.end());
    const int n = (int)crates.size();
    std::vector<long long> dp(n, 1);
    long long best = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < i; ++j)
            if (crates[j].first < crates[i].first && crates[j].second < crates[i].second && dp[j] + 1 > dp[i])
                dp[i] = dp[j] + 1;
        best = std::max(best, dp[i]);
    }
    return best;
}
