#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long closest_beacon_pair(std::vector<std::pair<long long, long long>> beacons) {
    // Sort by x; from each point scan right until dx^2 alone reaches the best so far.
    std::sort(beacons.begin(), beacons.end());
    long long n = beacons.size();
    long long best = -1;
    for (long long i = 0; i < n; ++i) {
        for (long long j = i + 1; j < n; ++j) {
            long long dx = beacons[j].first - beacons[i].first;
            if (best >= 0 && dx * dx >= best) break;
            long long dy = beacons[j].second - beacons[i].second;
            long long d = dx * dx + dy * dy;
            if (best < 0 || d < best) best = d;
        }
    }
    return best;
}
