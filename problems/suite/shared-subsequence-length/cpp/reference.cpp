#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

// Bit-parallel LCS (Allison-Dix / Hyyro): a row of the DP table lives in the bits of
// v; one step is v = (v + u) | (v - u) with u = v & match(ch). Since u is a subset
// of v, v - u = v & ~u, so only the addition needs a carry across words.
long long shared_subsequence_length(const std::string& first, const std::string& second) {
    const std::string& a = first.size() >= second.size() ? first : second;
    const std::string& b = first.size() >= second.size() ? second : first;
    int m = (int)b.size();
    if (m == 0) return 0;
    int words = (m + 63) >> 6;
    std::vector<uint64_t> masks(26 * (size_t)words, 0);
    for (int i = 0; i < m; ++i) masks[(b[i] - 'a') * (size_t)words + (i >> 6)] |= 1ULL << (i & 63);
    std::vector<uint64_t> v(words, ~0ULL);
    for (char ch : a) {
        const uint64_t* pm = &masks[(ch - 'a') * (size_t)words];
        uint64_t carry = 0;
        for (int w = 0; w < words; ++w) {
            uint64_t x = v[w], u = x & pm[w];
            uint64_t s = x + u;
            uint64_t c1 = s < x;
            uint64_t s2 = s + carry;
            carry = c1 | (s2 < s);
            v[w] = s2 | (x & ~u);
        }
    }
    long long ones = 0;
    for (int w = 0; w < words; ++w) {
        uint64_t x = v[w];
        if (w == words - 1 && (m & 63)) x &= (1ULL << (m & 63)) - 1;
        ones += __builtin_popcountll(x);
    }
    return m - ones;
}
