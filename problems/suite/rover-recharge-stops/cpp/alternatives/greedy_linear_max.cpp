#include <algorithm>
#include <tuple>
#include <vector>

long long rover_recharge_stops(long long goal, long long battery, std::vector<std::vector<long long>> depots) {
    // same greedy choice, but the largest passed charge is found by scanning a vector
    std::vector<std::vector<long long>> stops = depots;
    std::sort(stops.begin(), stops.end());
    std::vector<long long> passed;
    long long reach = battery, count = 0;
    size_t i = 0;
    while (reach < goal) {
        while (i < stops.size() && stops[i][0] <= reach) passed.push_back(stops[i++][1]);
        if (passed.empty()) return -1;
        auto best = std::max_element(passed.begin(), passed.end());
        reach += *best;
        passed.erase(best);
        ++count;
    }
    return count;
}
