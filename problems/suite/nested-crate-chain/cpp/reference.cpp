#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long nested_crate_chain(const std::vector<std::pair<long long, long long>>& crates) {
    // sort by width ascending and, for equal widths, depth descending, so crates of equal
    // width never chain; then the longest strictly increasing run of depths
    std::vector<std::pair<long long, long long>> order;
    order.reserve(crates.size());
    for (const auto& c : crates) order.push_back({c.first, -c.second});
    std::sort(order.begin(), order.end());
    std::vector<long long> tails;
    tails.reserve(order.size());
    for (const auto& c : order) {
        const long long d = -c.second;
        auto it = std::lower_bound(tails.begin(), tails.end(), d);
        if (it == tails.end()) tails.push_back(d);
        else *it = d;
    }
    return (long long)tails.size();
}
