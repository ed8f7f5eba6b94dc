#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t u64;

#define MOD ((1ULL << 61) - 1)
#define BASE 1000003ULL
#define EMPTY UINT64_MAX  // never a hash value: they are all below MOD

static inline u64 mulmod(u64 a, u64 b) {
    unsigned __int128 p = (unsigned __int128)a * b;
    u64 r = (u64)(p & MOD) + (u64)(p >> 61);
    return r >= MOD ? r - MOD : r;
}

// Is there a hash value shared by two windows of length len? An open-addressing
// set of the window hashes answers in one pass instead of a sort.
static bool repeats(const u64* h, const u64* pw, int n, int len, u64* table, int bits) {
    const int count = n - len + 1;
    const u64 p = pw[len];
    const u64 mask = (1ULL << bits) - 1;
    memset(table, 0xff, sizeof(u64) << bits);
    for (int i = 0; i < count; ++i) {
        const u64 sub = mulmod(h[i], p);
        const u64 v = h[i + len] >= sub ? h[i + len] - sub : h[i + len] + MOD - sub;
        u64 slot = (v * 0x9E3779B97F4A7C15ULL) >> (64 - bits);
        while (table[slot] != EMPTY) {
            if (table[slot] == v) return true;
            slot = (slot + 1) & mask;
        }
        table[slot] = v;
    }
    return false;
}

long long longest_repeat(char* s) {
    const int n = (int)strlen(s);
    if (n < 2) return 0;
    u64* h = malloc(sizeof(u64) * (size_t)(n + 1));
    u64* pw = malloc(sizeof(u64) * (size_t)(n + 1));
    h[0] = 0;
    pw[0] = 1;
    for (int i = 0; i < n; ++i) {
        u64 v = mulmod(h[i], BASE) + (unsigned char)s[i];
        h[i + 1] = v >= MOD ? v - MOD : v;
        pw[i + 1] = mulmod(pw[i], BASE);
    }
    int bits = 1;
    while ((1 << bits) < 2 * n) ++bits;  // load factor at most 1/2
    u64* table = malloc(sizeof(u64) << bits);
    int lo = 0, hi = n - 1;  // the answer lies in [lo, hi]
    while (lo < hi) {
        const int mid = (lo + hi + 1) >> 1;
        if (repeats(h, pw, n, mid, table, bits)) lo = mid;
        else hi = mid - 1;
    }
    free(table);
    free(pw);
    free(h);
    return lo;
}
