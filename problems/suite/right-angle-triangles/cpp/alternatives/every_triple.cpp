#include <tuple>
#include <utility>
#include <vector>

long long right_angle_triangles(std::vector<std::pair<long long, long long>> points) {
    int n = points.size();
    long long total = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            for (int k = j + 1; k < n; ++k) {
                auto [ax, ay] = points[i];
                auto [bx, by] = points[j];
                auto [cx, cy] = points[k];
                if ((bx - ax) * (cx - ax) + (by - ay) * (cy - ay) == 0 ||
                    (ax - bx) * (cx - bx) + (ay - by) * (cy - by) == 0 ||
                    (ax - cx) * (bx - cx) + (ay - cy) * (by - cy) == 0)
                    ++total;
            }
    return total;
}
