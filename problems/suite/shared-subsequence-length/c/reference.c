#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Bit-parallel LCS (Allison-Dix / Hyyro): a row of the DP table lives in the bits of
// v; one step is v = (v + u) | (v - u) with u = v & match(ch). Since u is a subset
// of v, v - u = v & ~u, so only the addition needs a carry across words.
long long shared_subsequence_length(char* first, char* second) {
    const size_t lf = strlen(first), ls = strlen(second);
    const char* a = lf >= ls ? first : second;
    const char* b = lf >= ls ? second : first;
    const int m = (int)(lf >= ls ? ls : lf);
    if (m == 0) return 0;
    const int words = (m + 63) >> 6;
    uint64_t* masks = calloc(26 * (size_t)words, sizeof(uint64_t));
    for (int i = 0; i < m; ++i) masks[(b[i] - 'a') * (size_t)words + (i >> 6)] |= 1ULL << (i & 63);
    uint64_t* v = malloc(sizeof(uint64_t) * (size_t)words);
    memset(v, 0xff, sizeof(uint64_t) * (size_t)words);
    for (const char* p = a; *p; ++p) {
        const uint64_t* pm = masks + (*p - 'a') * (size_t)words;
        uint64_t carry = 0;
        for (int w = 0; w < words; ++w) {
            const uint64_t x = v[w], u = x & pm[w];
            const uint64_t s = x + u;
            const uint64_t c1 = s < x;
            const uint64_t s2 = s + carry;
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
    free(v);
    free(masks);
    return m - ones;
}
