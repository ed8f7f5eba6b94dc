#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

std::vector<std::vector<long long>> fence_around_posts(const std::vector<std::vector<long long>>& posts) {
    // Andrew's monotone chain on the sorted distinct points.
    typedef std::pair<long long, long long> P;
    std::vector<P> pts;
    pts.reserve(posts.size());
    for (const auto& p : posts) pts.emplace_back(p[0], p[1]);
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    const int n = (int)pts.size();
    std::vector<std::vector<long long>> out;
    if (n <= 2) {
        for (const P& p : pts) out.push_back({p.first, p.second});
        return out;
    }
    auto cross = [](const P& a, const P& b, const P& c) {
        return (b.first - a.first) * (c.second - a.second) - (b.second - a.second) * (c.first - a.first);
    };
    std::vector<P> hull(2 * n);
    int k = 0;
    for (int i = 0; i < n; ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
        hull[k++] = pts[i];
    }
    for (int i = n - 2, low = k + 1; i >= 0; --i) {
        while (k >= low && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
        hull[k++] = pts[i];
    }
    --k;  // the first point closes the loop
    out.reserve(k);
    for (int i = 0; i < k; ++i) out.push_back({hull[i].first, hull[i].second});
    return out;
}
