#include <algorithm>
#include <tuple>
#include <vector>

static long long best(size_t i, long long room, const std::vector<std::vector<long long>>& crates,
                      std::vector<std::vector<long long>>& memo) {
    if (i == crates.size()) return 0;
    long long& got = memo[i][room];
    if (got >= 0) return got;
    long long res = best(i + 1, room, crates, memo);
    if (crates[i][0] <= room) res = std::max(res, crates[i][1] + best(i + 1, room - crates[i][0], crates, memo));
    return got = res;
}

long long cargo_hold_value(const std::vector<std::vector<long long>>& crates, long long capacity) {
    // Top-down recursion over (crate index, remaining room) with a memo table.
    std::vector<std::vector<long long>> memo(crates.size(), std::vector<long long>(capacity + 1, -1));
    return best(0, capacity, crates, memo);
}
