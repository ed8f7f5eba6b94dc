#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

std::vector<long long> order_by_frequency(const std::vector<long long>& values) {
    std::unordered_map<long long, int> counts;
    counts.reserve(values.size() * 2 + 1);
    for (long long v : values) ++counts[v];
    // (-count, value) sorts groups by decreasing size, then increasing value
    std::vector<std::pair<int, long long>> groups;
    groups.reserve(counts.size());
    for (const auto& [v, c] : counts) groups.push_back({-c, v});
    std::sort(groups.begin(), groups.end());
    std::vector<long long> out;
    out.reserve(values.size());
    for (const auto& [c, v] : groups) out.insert(out.end(), -c, v);
    return out;
}
