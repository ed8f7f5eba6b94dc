#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

// At each corner P, reduce every direction P->Q to a primitive vector and rotate it by
// quarter turns into x > 0, y >= 0; two directions are perpendicular exactly when they
// land on the same vector with quarter-turn counts of different parity. Q->P lands on
// the same vector with the same parity, so each pair is reduced once and filed twice.
static inline long long binary_gcd(long long a, long long b) {
    unsigned long long u = a < 0 ? -a : a, v = b < 0 ? -b : b;
    if (!u || !v) return (long long)(u | v);
    int shift = __builtin_ctzll(u | v);
    u >>= __builtin_ctzll(u);
    do {
        v >>= __builtin_ctzll(v);
        if (u > v) std::swap(u, v);
        v -= u;
    } while (v);
    return (long long)(u << shift);
}

long long right_angle_triangles(const std::vector<std::pair<long long, long long>>& points) {
    int n = (int)points.size();
    std::vector<std::vector<long long>> dirs(n);
    for (auto& d : dirs) d.reserve(n);
    for (int i = 0; i < n; ++i) {
        long long xi = points[i].first, yi = points[i].second;
        for (int j = i + 1; j < n; ++j) {
            long long dx = points[j].first - xi, dy = points[j].second - yi;
            long long g = binary_gcd(dx, dy);
            dx /= g;
            dy /= g;
            long long a, b, odd;
            if (dx > 0 && dy >= 0) a = dx, b = dy, odd = 0;
            else if (dx <= 0 && dy > 0) a = dy, b = -dx, odd = 1;
            else if (dx < 0) a = -dx, b = -dy, odd = 0;
            else a = -dy, b = dx, odd = 1;
            long long key = ((a << 22 | b) << 1) | odd;
            dirs[i].push_back(key);
            dirs[j].push_back(key);
        }
    }
    long long total = 0;
    for (auto& d : dirs) {
        std::sort(d.begin(), d.end());
        size_t m = d.size();
        for (size_t s = 0; s < m;) {
            long long base = d[s] >> 1;
            long long ev = 0, od = 0;
            size_t e = s;
            for (; e < m && (d[e] >> 1) == base; ++e) (d[e] & 1 ? od : ev)++;
            total += ev * od;
            s = e;
        }
    }
    return total;
}
