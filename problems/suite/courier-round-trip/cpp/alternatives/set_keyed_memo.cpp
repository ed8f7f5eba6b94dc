#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

typedef std::map<std::pair<int, std::set<int>>, long long> Memo;

// cheapest way to visit every location in `remaining` from `here`, then go home
static long long finish(int here, std::set<int> remaining, const std::vector<std::vector<long long>>& cost, Memo& memo) {
    if (remaining.empty()) return cost[here][0];
    auto key = std::make_pair(here, remaining);
    auto it = memo.find(key);
    if (it != memo.end()) return it->second;
    long long best = -1;
    for (int next : remaining) {
        std::set<int> rest = remaining;
        rest.erase(next);
        long long total = cost[here][next] + finish(next, rest, cost, memo);
        if (best < 0 || total < best) best = total;
    }
    memo[key] = best;
    return best;
}

long long courier_round_trip(std::vector<std::vector<long long>> cost) {
    int n = cost.size();
    if (n == 1) return 0;
    std::set<int> all;
    for (int i = 1; i < n; ++i) all.insert(i);
    Memo memo;
    return finish(0, all, cost, memo);
}
