#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

long long longest_repeat(const std::string& s) {
    typedef unsigned long long u64;
    const u64 MOD = (1ULL << 61) - 1, BASE = 1000003;
    auto mulmod = [&](u64 a, u64 b) {
        const unsigned __int128 p = (unsigned __int128)a * b;
        u64 r = (u64)(p & MOD) + (u64)(p >> 61);
        return r >= MOD ? r - MOD : r;
    };
    const int n = (int)s.size();
    std::vector<u64> h(n + 1, 0), pw(n + 1, 1);
    for (int i = 0; i < n; ++i) {
        u64 v = mulmod(h[i], BASE) + (unsigned char)s[i];
        h[i + 1] = v >= MOD ? v - MOD : v;
        pw[i + 1] = mulmod(pw[i], BASE);
    }
    std::vector<u64> win(n);
    auto repeats = [&](int len) {
        const int count = n - len + 1;
        const u64 p = pw[len];
        for (int i = 0; i < count; ++i) {
            const u64 sub = mulmod(h[i], p);
            win[i] = h[i + len] >= sub ? h[i + len] - sub : h[i + len] + MOD - sub;
        }
        std::sort(win.begin(), win.begin() + count);
        return std::adjacent_find(win.begin(), win.begin() + count) != win.begin() + count;
    };
    int lo = 0, hi = n - 1;  // the answer lies in [lo, hi]
    while (lo < hi) {
        const int mid = (lo + hi + 1) >> 1;
        if (repeats(mid)) lo = mid; else hi = mid - 1;
    }
    return lo < 0 ? 0 : lo;
}
