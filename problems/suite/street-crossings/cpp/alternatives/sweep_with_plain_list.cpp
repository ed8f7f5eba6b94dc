#include <algorithm>
#include <tuple>
#include <vector>

long long street_crossings(std::vector<std::vector<long long>> east_west, std::vector<std::vector<long long>> north_south) {
    std::vector<std::tuple<long long, int, long long, long long>> events;
    for (auto& h : east_west) {
        events.push_back({h[0], 0, h[2], h[2]});
        events.push_back({h[1], 2, h[2], h[2]});
    }
    for (auto& v : north_south) events.push_back({v[0], 1, v[1], v[2]});
    std::sort(events.begin(), events.end());
    std::vector<long long> active;
    long long total = 0;
    for (auto& [x, kind, a, b] : events) {
        if (kind == 0) {
            active.push_back(a);
        } else if (kind == 2) {
            active.erase(std::find(active.begin(), active.end(), a));
        } else {
            for (long long y : active)
                if (a <= y && y <= b) ++total;
        }
    }
    return total;
}
