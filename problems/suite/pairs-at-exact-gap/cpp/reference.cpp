#include <tuple>
#include <unordered_map>
#include <vector>

long long count_pairs_at_gap(const std::vector<long long>& values, long long k) {
    std::unordered_map<long long, long long> counts;
    for (long long v : values) ++counts[v];
    long long total = 0;
    if (k == 0) {
        for (const auto& [v, c] : counts) total += c * (c - 1) / 2;
        return total;
    }
    for (const auto& [v, c] : counts) {
        auto it = counts.find(v + k);
        if (it != counts.end()) total += c * it->second;
    }
    return total;
}
