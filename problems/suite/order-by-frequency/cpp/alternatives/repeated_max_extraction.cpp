#include <cstddef>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

std::vector<long long> order_by_frequency(const std::vector<long long>& values) {
    std::unordered_map<long long, long long> counts;
    for (long long v : values) counts[v]++;
    std::vector<std::pair<long long, long long>> remaining(counts.begin(), counts.end());
    std::vector<long long> result;
    while (!remaining.empty()) {
        // pick the most frequent (smallest value on ties) by a full scan
        std::size_t best = 0;
        for (std::size_t i = 1; i < remaining.size(); ++i) {
            auto [v, c] = remaining[i];
            auto [bv, bc] = remaining[best];
            if (c > bc || (c == bc && v < bv)) best = i;
        }
        auto [v, c] = remaining[best];
        remaining.erase(remaining.begin() + best);
        for (long long k = 0; k < c; ++k) result.push_back(v);
    }
    return result;
}
