#include <algorithm>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

const long long MOD = 1000000007LL;

long long power(long long b, long long e) {
    long long r = 1;
    b %= MOD;
    while (e > 0) {
        if (e % 2 == 1) r = r * b % MOD;
        b = b * b % MOD;
        e /= 2;
    }
    return r;
}

long long blocked_lattice_walks(long long rows, long long cols, std::vector<std::vector<long long>> blocked) {
    long long top = rows + cols;
    std::vector<long long> fact(top + 1, 1);
    for (long long i = 1; i <= top; ++i) fact[i] = fact[i - 1] * i % MOD;
    // C(dr + dc, dr), inverting the factorials with Fermat every time
    auto paths = [&](long long dr, long long dc) {
        return fact[dr + dc] * power(fact[dr] * fact[dc] % MOD, MOD - 2) % MOD;
    };
    std::set<std::pair<long long, long long>> unique;
    for (auto& b : blocked) unique.insert({b[0], b[1]});
    std::vector<std::pair<long long, long long>> pts(unique.begin(), unique.end());
    std::pair<long long, long long> goal = {rows - 1, cols - 1};
    if (unique.count({0, 0}) || unique.count(goal)) return 0;
    pts.push_back(goal);
    std::vector<long long> good;
    for (size_t i = 0; i < pts.size(); ++i) {
        long long r = pts[i].first, c = pts[i].second;
        long long total = paths(r, c);
        for (size_t j = 0; j < i; ++j) {
            long long pr = pts[j].first, pc = pts[j].second;
            if (pr <= r && pc <= c) total = (total - good[j] * paths(r - pr, c - pc) % MOD + MOD) % MOD;
        }
        good.push_back(total);
    }
    return good.back();
}
