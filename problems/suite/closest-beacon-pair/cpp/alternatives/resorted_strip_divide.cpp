#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

typedef std::pair<long long, long long> Point;

static long long solve(std::vector<Point> pts) {
    long long n = pts.size();
    if (n <= 3) {
        long long best = -1;
        for (long long i = 0; i < n; ++i)
            for (long long j = i + 1; j < n; ++j) {
                long long dx = pts[i].first - pts[j].first, dy = pts[i].second - pts[j].second;
                long long d = dx * dx + dy * dy;
                if (best < 0 || d < best) best = d;
            }
        return best;
    }
    long long mid = n / 2;
    long long midX = pts[mid].first;
    long long a = solve(std::vector<Point>(pts.begin(), pts.begin() + mid));
    long long b = solve(std::vector<Point>(pts.begin() + mid, pts.end()));
    long long best = a < 0 ? b : (b < 0 ? a : std::min(a, b));
    std::vector<Point> strip;
    for (auto p : pts) {
        long long dx = p.first - midX;
        if (best < 0 || dx * dx < best) strip.push_back(p);
    }
    // the strip is sorted by y again on every call
    std::sort(strip.begin(), strip.end(), [](Point p, Point q) { return p.second < q.second; });
    for (size_t i = 0; i < strip.size(); ++i)
        for (size_t j = i + 1; j < strip.size(); ++j) {
            long long dy = strip[j].second - strip[i].second;
            if (best >= 0 && dy * dy >= best) break;
            long long dx = strip[j].first - strip[i].first;
            long long d = dx * dx + dy * dy;
            if (best < 0 || d < best) best = d;
        }
    return best;
}

long long closest_beacon_pair(std::vector<std::pair<long long, long long>> beacons) {
    std::sort(beacons.begin(), beacons.end());
    return solve(beacons);
}
