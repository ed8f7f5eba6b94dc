#include <unordered_map>
#include <utility>
#include <vector>

long long axis_aligned_right_triangles(const std::vector<std::pair<long long, long long>>& points) {
    // The right-angle corner picks one other point in its column and one in its row.
    std::unordered_map<long long, int> col, row;
    col.reserve(points.size() * 2);
    row.reserve(points.size() * 2);
    for (const auto& p : points) {
        ++col[p.first];
        ++row[p.second];
    }
    long long total = 0;
    for (const auto& p : points) total += (long long)(col[p.first] - 1) * (row[p.second] - 1);
    return total;
}
