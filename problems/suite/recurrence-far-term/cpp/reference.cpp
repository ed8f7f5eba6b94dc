#include <tuple>
#include <vector>

typedef unsigned long long u64;

long long recurrence_far_term(const std::vector<long long>& coeffs, const std::vector<long long>& seed, long long n) {
    // Kitamasa: s_n = sum r_i s_i with r(x) = x^n mod (x^k - c_1 x^(k-1) - ... - c_k),
    // schoolbook products with 64-bit accumulation reduced every 16 terms.
    const u64 p = 998244353ULL;
    const int k = (int)coeffs.size();
    if (n < k) return (long long)(seed[n] % (long long)p);
    std::vector<u64> c(k);
    for (int i = 0; i < k; ++i) c[i] = (u64)coeffs[i] % p;
    std::vector<u64> prod(2 * k - 1);
    auto mul_mod = [&](const std::vector<u64>& A, const std::vector<u64>& B, std::vector<u64>& out) {
        std::fill(prod.begin(), prod.end(), 0);
        for (int i = 0; i < k; ++i) {
            const u64 a = A[i];
            if (!a) continue;
            u64* row = prod.data() + i;
            for (int j = 0; j < k; ++j) {
                u64 v = row[j] + a * B[j];
                row[j] = v >= (1ULL << 63) ? v % p : v;
            }
        }
        for (int i = 2 * k - 2; i >= k; --i) {
            const u64 t = prod[i] % p;
            if (!t) continue;
            // x^i = sum_j c_j x^(i - j)
            for (int j = 1; j <= k; ++j) {
                u64 v = prod[i - j] + t * c[j - 1];
                prod[i - j] = v >= (1ULL << 63) ? v % p : v;
            }
        }
        for (int i = 0; i < k; ++i) out[i] = prod[i] % p;
    };
    std::vector<u64> result(k, 0), base(k, 0);
    result[0] = 1;
    if (k == 1) base[0] = c[0];
    else base[1] = 1;
    for (unsigned long long e = (unsigned long long)n; e; e >>= 1) {
        if (e & 1) mul_mod(result, base, result);
        if (e > 1) mul_mod(base, base, base);
    }
    u64 total = 0;
    for (int i = 0; i < k; ++i) total = (total + result[i] * ((u64)seed[i] % p)) % p;
    return (long long)total;
}
