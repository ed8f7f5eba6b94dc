#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long axis_aligned_right_triangles(const std::vector<std::pair<long long, long long>>& points) {
    std::vector<long long> xs, ys;
    for (const auto& p : points) {
        xs.push_back(p.first);
        ys.push_back(p.second);
    }
    long long total = 0;
    for (const auto& p : points) {
        long long sameColumn = std::count(xs.begin(), xs.end(), p.first) - 1;
        long long sameRow = std::count(ys.begin(), ys.end(), p.second) - 1;
        total += sameColumn * sameRow;
    }
    return total;
}
