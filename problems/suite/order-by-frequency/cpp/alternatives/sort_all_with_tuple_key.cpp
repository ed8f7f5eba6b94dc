#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> order_by_frequency(std::vector<long long> values) {
    std::map<long long, long long> counts;
    for (long long v : values) counts[v]++;
    // sort all n values by the key (-count, value)
    std::vector<std::pair<long long, long long>> keyed;
    for (long long v : values) keyed.push_back({-counts[v], v});
    std::sort(keyed.begin(), keyed.end());
    std::vector<long long> result;
    for (auto& k : keyed) result.push_back(k.second);
    return result;
}
