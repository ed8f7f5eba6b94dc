#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

namespace {
const long long MOD = 1000000007LL;
long long power(long long b, long long e) {
    long long r = 1;
    for (b %= MOD; e; e >>= 1, b = b * b % MOD)
        if (e & 1) r = r * b % MOD;
    return r;
}
}  // namespace

long long blocked_lattice_walks(long long rows, long long cols, const std::vector<std::vector<long long>>& blocked) {
    // Inclusion-exclusion in dominance order: good[i] = walks to plot i avoiding earlier blocked plots.
    std::vector<std::pair<int, int>> pts;
    pts.reserve(blocked.size() + 1);
    for (const auto& b : blocked) pts.emplace_back((int)b[0], (int)b[1]);
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    const std::pair<int, int> goal((int)rows - 1, (int)cols - 1);
    if (!pts.empty() && (pts.front() == std::make_pair(0, 0) || pts.back() == goal)) return 0;
    pts.push_back(goal);
    const int top = (int)(rows + cols);
    std::vector<long long> fact(top + 1), inv(top + 1);
    fact[0] = 1;
    for (int i = 1; i <= top; ++i) fact[i] = fact[i - 1] * i % MOD;
    inv[top] = power(fact[top], MOD - 2);
    for (int i = top; i > 0; --i) inv[i - 1] = inv[i] * i % MOD;
    auto paths = [&](int dr, int dc) { return fact[dr + dc] * inv[dr] % MOD * inv[dc] % MOD; };
    const int m = (int)pts.size();
    std::vector<long long> good(m);
    for (int i = 0; i < m; ++i) {
        const int r = pts[i].first, c = pts[i].second;
        long long total = paths(r, c);
        for (int j = 0; j < i; ++j) {
            const int pr = pts[j].first, pc = pts[j].second;
            if (pc <= c && good[j]) total -= good[j] * paths(r - pr, c - pc) % MOD;
        }
        total %= MOD;
        good[i] = total < 0 ? total + MOD : total;
    }
    return good[m - 1];
}
