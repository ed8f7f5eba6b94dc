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

std::vector<long long> binomials_mod_prime_batch(const std::vector<std::pair<long long, long long>>& queries) {
    std::vector<long long> out;
    if (queries.empty()) return out;
    int top = 0;
    for (const auto& q : queries) top = std::max(top, (int)q.first);
    std::vector<long long> fact(top + 1), inv(top + 1);
    fact[0] = 1;
    for (int i = 1; i <= top; ++i) fact[i] = fact[i - 1] * i % MOD;
    inv[top] = power(fact[top], MOD - 2);
    for (int i = top; i > 0; --i) inv[i - 1] = inv[i] * i % MOD;
    out.reserve(queries.size());
    for (const auto& [n, k] : queries)
        out.push_back(k <= n ? fact[n] * inv[k] % MOD * inv[n - k] % MOD : 0);
    return out;
}
