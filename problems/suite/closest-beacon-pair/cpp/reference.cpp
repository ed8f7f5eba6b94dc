#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace {
// floor(sqrt(v)) for 0 <= v < 2^63
long long isqrt(long long v) {
    long long r = (long long)std::sqrt((double)v);
    while (r > 0 && r * r > v) --r;
    while ((r + 1) * (r + 1) <= v) ++r;
    return r;
}
}  // namespace

long long closest_beacon_pair(const std::vector<std::pair<long long, long long>>& beacons) {
    // Sweep along the wider axis; `active` holds (y, x) of the points within r of the
    // sweep line, ordered by y, where r = isqrt(best - 1): only a point with |dx| <= r
    // and |dy| <= r can still beat the best squared distance.
    const int n = (int)beacons.size();
    long long minX = beacons[0].first, maxX = minX, minY = beacons[0].second, maxY = minY;
    for (const auto& p : beacons) {
        minX = std::min(minX, p.first), maxX = std::max(maxX, p.first);
        minY = std::min(minY, p.second), maxY = std::max(maxY, p.second);
    }
    const bool swapAxes = maxY - minY > maxX - minX;
    std::vector<std::pair<long long, long long>> pts(beacons);
    if (swapAxes)
        for (auto& p : pts) std::swap(p.first, p.second);
    std::sort(pts.begin(), pts.end());
    auto dist = [](const std::pair<long long, long long>& a, const std::pair<long long, long long>& b) {
        const long long dx = a.first - b.first, dy = a.second - b.second;
        return dx * dx + dy * dy;
    };
    long long best = dist(pts[0], pts[1]);
    if (best == 0) return 0;
    long long r = isqrt(best - 1);
    std::set<std::pair<long long, long long>> active;  // (y, x)
    active.emplace(pts[0].second, pts[0].first);
    int left = 0;
    for (int i = 1; i < n; ++i) {
        const long long x = pts[i].first, y = pts[i].second;
        while (x - pts[left].first > r) {
            active.erase({pts[left].second, pts[left].first});
            ++left;
        }
        for (auto it = active.lower_bound({y - r, x - r - 1}); it != active.end() && it->first <= y + r; ++it) {
            const long long dx = x - it->second, dy = y - it->first;
            const long long d = dx * dx + dy * dy;
            if (d < best) {
                if (d == 0) return 0;
                best = d;
                r = isqrt(best - 1);
            }
        }
        active.emplace(y, x);
    }
    return best;
}
