#include <algorithm>
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

std::vector<long long> binomials_mod_prime_batch(std::vector<std::pair<long long, long long>> queries) {
    std::vector<long long> result;
    if (queries.empty()) return result;
    long long top = 0;
    for (auto q : queries) top = std::max(top, q.first);
    std::vector<long long> fact(top + 1, 1), invFact(top + 1, 1);
    for (long long i = 1; i <= top; ++i) fact[i] = fact[i - 1] * i % MOD;
    // a Fermat inverse (fast power) for every factorial instead of one inverse and a backward pass
    for (long long i = 0; i <= top; ++i) invFact[i] = power(fact[i], MOD - 2);
    for (auto [n, k] : queries) {
        if (k > n)
            result.push_back(0);
        else
            result.push_back(fact[n] * invFact[k] % MOD * invFact[n - k] % MOD);
    }
    return result;
}
