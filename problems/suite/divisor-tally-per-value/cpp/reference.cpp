#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> divisor_tally_per_value(const std::vector<long long>& values) {
    std::vector<long long> out;
    if (values.empty()) return out;
    const int top = (int)*std::max_element(values.begin(), values.end());
    // linear sieve of smallest prime factors
    std::vector<int> spf(top + 1, 0), primes;
    primes.reserve(top / 8 + 16);
    for (int i = 2; i <= top; ++i) {
        if (!spf[i]) { spf[i] = i; primes.push_back(i); }
        for (int p : primes) {
            if (p > spf[i] || (long long)p * i > top) break;
            spf[p * i] = p;
        }
    }
    out.reserve(values.size());
    for (long long v : values) {
        int x = (int)v;
        long long c = 1;
        while (x > 1) {
            const int p = spf[x];
            int e = 0;
            do { x /= p; ++e; } while (x % p == 0);
            c *= e + 1;
        }
        out.push_back(c);
    }
    return out;
}
