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
    for (auto [n, k] : queries) {
        if (k > n) {
            result.push_back(0);
            continue;
        }
        k = std::min(k, n - k);
        long long num = 1, den = 1;
        for (long long i = 0; i < k; ++i) {
            num = num * (n - i) % MOD;
            den = den * (i + 1) % MOD;
        }
        result.push_back(num * power(den, MOD - 2) % MOD);
    }
    return result;
}
