#include <tuple>
#include <utility>
#include <vector>

typedef long long ll;
typedef __int128 i128;

long long points_in_convex_field(const std::vector<std::pair<ll, ll>>& field,
                                 const std::vector<std::pair<ll, ll>>& points) {
    // Fan triangulation from vertex 0: binary search for the wedge holding the
    // point, then test the one edge that closes that wedge.
    const int m = (int)field.size();
    const ll x0 = field[0].first, y0 = field[0].second;
    std::vector<ll> xs(m), ys(m);
    for (int i = 0; i < m; ++i) {
        xs[i] = field[i].first - x0;
        ys[i] = field[i].second - y0;
    }
    const ll ax = xs[1], ay = ys[1], bx = xs[m - 1], by = ys[m - 1];
    long long inside = 0;
    for (const auto& pt : points) {
        const ll px = pt.first - x0, py = pt.second - y0;
        if ((i128)ax * py - (i128)ay * px < 0 || (i128)bx * py - (i128)by * px > 0) continue;
        int lo = 1, hi = m - 2;  // largest i with cross(v_i, p) >= 0
        while (lo < hi) {
            const int mid = (lo + hi + 1) >> 1;
            if ((i128)xs[mid] * py - (i128)ys[mid] * px >= 0) lo = mid;
            else hi = mid - 1;
        }
        const ll cx = xs[lo], cy = ys[lo];
        if ((i128)(xs[lo + 1] - cx) * (py - cy) - (i128)(ys[lo + 1] - cy) * (px - cx) >= 0) ++inside;
    }
    return inside;
}
