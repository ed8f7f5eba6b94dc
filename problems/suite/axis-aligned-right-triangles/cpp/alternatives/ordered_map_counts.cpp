#include <map>
#include <utility>
#include <vector>

long long axis_aligned_right_triangles(std::vector<std::pair<long long, long long>> points) {
    std::map<long long, long long> col, row;
    for (auto p : points) {
        col[p.first]++;
        row[p.second]++;
    }
    long long total = 0;
    for (auto p : points) total += (col[p.first] - 1) * (row[p.second] - 1);
    return total;
}
