#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

long long right_angle_triangles(std::vector<std::pair<long long, long long>> points) {
    long long total = 0;
    for (auto p : points) {
        std::vector<std::pair<long long, long long>> directions;
        for (auto q : points) {
            if (q == p) continue;
            long long dx = q.first - p.first, dy = q.second - p.second;
            long long g = std::gcd(dx, dy);
            directions.push_back({dx / g, dy / g});
        }
        for (auto d : directions) {
            total += std::count(directions.begin(), directions.end(), std::make_pair(-d.second, d.first));
            total += std::count(directions.begin(), directions.end(), std::make_pair(d.second, -d.first));
        }
    }
    // every right angle was counted once from each of its two legs
    return total / 2;
}
