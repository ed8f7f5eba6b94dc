#include <utility>
#include <vector>

typedef long long ll;
typedef __int128 i128;

// the fan binary search for one point; the polygon is taken by value, so each call copies it
static bool in_field(std::vector<std::pair<ll, ll>> field, ll qx, ll qy) {
    const int m = (int)field.size();
    const ll x0 = field[0].first, y0 = field[0].second;
    const ll px = qx - x0, py = qy - y0;
    auto X = [&](int i) { return field[i].first - x0; };
    auto Y = [&](int i) { return field[i].second - y0; };
    if ((i128)X(1) * py - (i128)Y(1) * px < 0 || (i128)X(m - 1) * py - (i128)Y(m - 1) * px > 0) return false;
    int lo = 1, hi = m - 2;
    while (lo < hi) {
        const int mid = (lo + hi + 1) >> 1;
        if ((i128)X(mid) * py - (i128)Y(mid) * px >= 0) lo = mid;
        else hi = mid - 1;
    }
    const ll cx = X(lo), cy = Y(lo);
    return (i128)(X(lo + 1) - cx) * (py - cy) - (i128)(Y(lo + 1) - cy) * (px - cx) >= 0;
}

long long points_in_convex_field(const std::vector<std::pair<ll, ll>>& field,
                                 const std::vector<std::pair<ll, ll>>& points) {
    long long inside = 0;
    for (const auto& pt : points)
        if (in_field(field, pt.first, pt.second)) ++inside;
    return inside;
}
