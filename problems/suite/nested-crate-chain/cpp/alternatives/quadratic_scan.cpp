#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long nested_crate_chain(std::vector<std::pair<long long, long long>> crates) {
    if (crates.empty()) return 0;
    std::sort(crates.begin(), crates.end());
    const int n = (int)crates.size();
    std::vector<long long> dp(n, 1);
    for (int i = 0; i < n; ++i) {
        // gather the chain lengths of every crate that fits inside crate i
        std::vector<long long> fitting;
        for (int j = 0; j < i; ++j)
            if (crates[j].first < crates[i].first && crates[j].second < crates[i].second) fitting.push_back(dp[j]);
        dp[i] = 1 + (fitting.empty() ? 0 : *std::max_element(fitting.begin(), fitting.end()));
    }
    return *std::max_element(dp.begin(), dp.end());
}
