#include <algorithm>
#include <tuple>
#include <vector>

// Sweep x west to east. An east-west street is active from x1 to x2; a north-south
// street at x counts the active ones with y in [y1, y2]. At equal x: openings, then
// queries, then closings (segments are closed). Active y ranks live in a Fenwick tree.
long long street_crossings(const std::vector<std::vector<long long>>& east_west,
                           const std::vector<std::vector<long long>>& north_south) {
    if (east_west.empty() || north_south.empty()) return 0;
    std::vector<long long> ys;
    ys.reserve(east_west.size());
    for (const auto& s : east_west) ys.push_back(s[2]);
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    int m = (int)ys.size();
    struct Event { long long key; int a, b; };  // key = x * 3 + kind
    std::vector<Event> ev;
    ev.reserve(2 * east_west.size() + north_south.size());
    for (const auto& s : east_west) {
        int r = (int)(std::lower_bound(ys.begin(), ys.end(), s[2]) - ys.begin()) + 1;
        ev.push_back({s[0] * 3, r, 0});
        ev.push_back({s[1] * 3 + 2, r, 0});
    }
    for (const auto& s : north_south) {
        int lo = (int)(std::lower_bound(ys.begin(), ys.end(), s[1]) - ys.begin());
        int hi = (int)(std::upper_bound(ys.begin(), ys.end(), s[2]) - ys.begin());
        ev.push_back({s[0] * 3 + 1, lo, hi});
    }
    std::sort(ev.begin(), ev.end(), [](const Event& p, const Event& q) { return p.key < q.key; });
    std::vector<int> tree(m + 1, 0);
    long long total = 0;
    for (const Event& e : ev) {
        int kind = (int)(e.key % 3);
        if (kind == 1) {
            // active ranks in (a, b]
            for (int b = e.b; b > 0; b &= b - 1) total += tree[b];
            for (int a = e.a; a > 0; a &= a - 1) total -= tree[a];
        } else {
            int d = kind == 0 ? 1 : -1;
            for (int a = e.a; a <= m; a += a & -a) tree[a] += d;
        }
    }
    return total;
}
