#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> k_nearest_indices(const std::vector<long long>& xs, const std::vector<long long>& ys, long long k) {
    const int n = (int)xs.size();
    std::vector<long long> out;
    if (k <= 0) return out;
    // (distance, index) keys are distinct, so selection + sort gives the exact order.
    std::vector<std::pair<long long, int>> key(n);
    for (int i = 0; i < n; ++i) key[i] = {xs[i] * xs[i] + ys[i] * ys[i], i};
    if (k < n) std::nth_element(key.begin(), key.begin() + k, key.end());
    std::sort(key.begin(), key.begin() + k);
    out.reserve(k);
    for (int i = 0; i < k; ++i) out.push_back(key[i].second);
    return out;
}
