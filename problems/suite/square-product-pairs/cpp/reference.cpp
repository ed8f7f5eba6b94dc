#include <cmath>
#include <tuple>
#include <unordered_map>
#include <vector>

// a * b is a square exactly when a and b have the same square-free part. After
// removing the primes below cbrt(10^6) = 100, what is left of v is 1, a prime, a
// product of two distinct primes, or the square of a prime.
long long square_product_pairs(const std::vector<long long>& values) {
    static const int P[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47,
                            53, 59, 61, 67, 71, 73, 79, 83, 89, 97};
    std::unordered_map<long long, long long> cache, counts;
    cache.reserve(values.size() * 2);
    counts.reserve(values.size() * 2);
    for (long long v : values) {
        auto it = cache.find(v);
        long long core;
        if (it != cache.end()) {
            core = it->second;
        } else {
            long long x = v;
            core = 1;
            for (int p : P) {
                if ((long long)p * p * p > x) break;
                if (x % p == 0) {
                    x /= p;
                    bool odd = true;
                    while (x % p == 0) x /= p, odd = !odd;
                    if (odd) core *= p;
                }
            }
            long long r = (long long)std::sqrt((double)x);
            while (r * r > x) --r;
            while ((r + 1) * (r + 1) <= x) ++r;
            if (r * r != x) core *= x;
            cache.emplace(v, core);
        }
        ++counts[core];
    }
    long long total = 0;
    for (const auto& kv : counts) total += kv.second * (kv.second - 1) / 2;
    return total;
}
