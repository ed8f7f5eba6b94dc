#include <algorithm>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

long long rover_recharge_stops(long long goal, long long battery, const std::vector<std::vector<long long>>& depots) {
    // Drive as far as possible; whenever stuck, retroactively take the largest charge
    // among the depots already passed.
    int n = (int)depots.size();
    std::vector<std::pair<long long, long long>> stops(n);
    for (int i = 0; i < n; ++i) stops[i] = {depots[i][0], depots[i][1]};
    std::sort(stops.begin(), stops.end());
    std::vector<long long> store;
    store.reserve(n);
    std::priority_queue<long long> passed(std::less<long long>(), std::move(store));
    long long reach = battery, count = 0;
    int i = 0;
    while (reach < goal) {
        while (i < n && stops[i].first <= reach) passed.push(stops[i++].second);
        if (passed.empty()) return -1;
        reach += passed.top();
        passed.pop();
        ++count;
    }
    return count;
}
