#include <tuple>
#include <vector>

long long concatenation_remainder(const std::vector<long long>& numbers, long long m) {
    // Horner's rule in base 10, shifting by each number's digit count, reduced mod m.
    typedef unsigned __int128 u128;
    const unsigned long long mod = (unsigned long long)m;
    unsigned long long shift[14];
    unsigned long long pow10[14];
    shift[0] = 1 % mod;
    pow10[0] = 1;
    for (int d = 1; d < 14; ++d) {
        shift[d] = (unsigned long long)((u128)shift[d - 1] * 10 % mod);
        pow10[d] = pow10[d - 1] * 10;
    }
    unsigned long long r = 0;
    for (long long x : numbers) {
        int digits = 1;
        while (digits < 13 && (unsigned long long)x >= pow10[digits]) ++digits;
        r = (unsigned long long)(((u128)r * shift[digits] + (unsigned long long)x) % mod);
    }
    return (long long)r;
}
