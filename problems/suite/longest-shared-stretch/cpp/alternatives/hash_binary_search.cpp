#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

typedef unsigned long long u64;
static const u64 MOD = (1ULL << 61) - 1;
static const u64 BASE = 1000003;

static u64 mulmod(u64 x, u64 y) {
    unsigned __int128 p = (unsigned __int128)x * y;
    u64 r = (u64)(p & MOD) + (u64)(p >> 61);
    return r >= MOD ? r - MOD : r;
}

static std::vector<u64> prefix(const std::string& t) {
    std::vector<u64> h(t.size() + 1, 0);
    for (size_t i = 0; i < t.size(); ++i) {
        u64 v = mulmod(h[i], BASE) + (unsigned char)t[i];
        h[i + 1] = v >= MOD ? v - MOD : v;
    }
    return h;
}

long long longest_shared_stretch(const std::string& a, const std::string& b) {
    std::vector<u64> ha = prefix(a), hb = prefix(b);
    std::vector<u64> pw(std::max(a.size(), b.size()) + 1, 1);
    for (size_t i = 1; i < pw.size(); ++i) pw[i] = mulmod(pw[i - 1], BASE);
    auto window = [&](const std::vector<u64>& h, size_t i, size_t len) {
        u64 sub = mulmod(h[i], pw[len]);
        return h[i + len] >= sub ? h[i + len] - sub : h[i + len] + MOD - sub;
    };
    auto shared = [&](size_t len) {
        std::unordered_set<u64> seen;
        seen.reserve(a.size() * 2);
        for (size_t i = 0; i + len <= a.size(); ++i) seen.insert(window(ha, i, len));
        for (size_t i = 0; i + len <= b.size(); ++i)
            if (seen.count(window(hb, i, len))) return true;
        return false;
    };
    long long lo = 0, hi = (long long)std::min(a.size(), b.size());
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (shared((size_t)mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
