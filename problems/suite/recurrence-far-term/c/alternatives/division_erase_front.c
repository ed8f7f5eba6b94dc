#include <stdlib.h>
#include <string.h>

typedef unsigned long long u64;

static const u64 MODP = 998244353ULL;

/* out = A * B mod (x^k - c_1 x^(k-1) - ... - c_k), coefficients mod p; out may alias A or B */
static void mul_mod(const u64* A, const u64* B, u64* out, const u64* c, u64* prod, int k) {
    memset(prod, 0, (size_t)(2 * k - 1) * sizeof(u64));
    for (int i = 0; i < k; ++i) {
        const u64 a = A[i];
        if (!a) continue;
        u64* row = prod + i;
        for (int j = 0; j < k; ++j) {
            const u64 v = row[j] + a * B[j];
            row[j] = v >= (1ULL << 63) ? v % MODP : v;
        }
    }
    /* long division: reverse to highest degree first, then erase each leading term from the front */
    int len = 2 * k - 1;
    for (int i = 0, j = len - 1; i < j; ++i, --j) {
        const u64 t = prod[i];
        prod[i] = prod[j];
        prod[j] = t;
    }
    while (len > k) {
        const u64 t = prod[0] % MODP;
        /* x^(len-1) = sum_j c_j x^(len-1-j) */
        for (int j = 1; j <= k; ++j) {
            const u64 v = prod[j] + t * c[j - 1];
            prod[j] = v >= (1ULL << 63) ? v % MODP : v;
        }
        memmove(prod, prod + 1, (size_t)(len - 1) * sizeof(u64));
        --len;
    }
    for (int i = 0, j = k - 1; i < j; ++i, --j) {
        const u64 t = prod[i];
        prod[i] = prod[j];
        prod[j] = t;
    }
    for (int i = 0; i < k; ++i) out[i] = prod[i] % MODP;
}

long long recurrence_far_term(long long* coeffs, int coeffsSize, long long* seed, int seedSize, long long n) {
    (void)seedSize;
    /* Kitamasa: s_n = sum r_i s_i with r(x) = x^n mod the characteristic polynomial */
    const int k = coeffsSize;
    if (n < k) return (long long)((u64)seed[n] % MODP);
    u64* c = malloc((size_t)k * sizeof(u64));
    u64* prod = malloc((size_t)(2 * k) * sizeof(u64));
    u64* result = calloc((size_t)k, sizeof(u64));
    u64* base = calloc((size_t)k, sizeof(u64));
    for (int i = 0; i < k; ++i) c[i] = (u64)coeffs[i] % MODP;
    result[0] = 1;
    if (k == 1) base[0] = c[0];
    else base[1] = 1;
    for (u64 e = (u64)n; e; e >>= 1) {
        if (e & 1) mul_mod(result, base, result, c, prod, k);
        if (e > 1) mul_mod(base, base, base, c, prod, k);
    }
    u64 total = 0;
    for (int i = 0; i < k; ++i) total = (total + result[i] * ((u64)seed[i] % MODP)) % MODP;
    free(c); free(prod); free(result); free(base);
    return (long long)total;
}
