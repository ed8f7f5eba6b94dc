#include <tuple>
#include <vector>

static inline long long gcd_ll(long long a, long long b) {
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    if (!a) return b;
    if (!b) return a;
    const int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    do {
        b >>= __builtin_ctzll(b);
        if (a > b) { long long t = a; a = b; b = t; }
        b -= a;
    } while (b);
    return a << shift;
}

std::vector<long long> lattice_points_inside_plots(const std::vector<std::vector<std::vector<long long>>>& plots) {
    // Pick's theorem: inside = (2 * area - boundary + 2) / 2
    std::vector<long long> out;
    out.reserve(plots.size());
    for (const auto& poly : plots) {
        const int k = (int)poly.size();
        __int128 twice = 0;
        long long boundary = 0;
        long long px = poly[k - 1][0], py = poly[k - 1][1];
        for (int i = 0; i < k; ++i) {
            const long long x = poly[i][0], y = poly[i][1];
            twice += (__int128)px * y - (__int128)x * py;
            boundary += gcd_ll(x - px, y - py);
            px = x;
            py = y;
        }
        if (twice < 0) twice = -twice;
        out.push_back((long long)((twice - boundary + 2) / 2));
    }
    return out;
}
