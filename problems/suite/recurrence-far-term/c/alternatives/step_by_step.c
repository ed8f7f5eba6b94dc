#include <stdlib.h>

typedef unsigned long long u64;

long long recurrence_far_term(long long* coeffs, int coeffsSize, long long* seed, int seedSize, long long n) {
    (void)seedSize;
    /* generates every term up to n in a circular window: O(n * k) */
    const u64 p = 998244353ULL;
    const int k = coeffsSize;
    if (n < k) return (long long)((u64)seed[n] % p);
    u64* c = malloc((size_t)k * sizeof(u64));
    u64* win = malloc((size_t)k * sizeof(u64));  /* win[i % k] = s_i */
    for (int i = 0; i < k; ++i) {
        c[i] = (u64)coeffs[i] % p;
        win[i] = (u64)seed[i] % p;
    }
    int pos = 0;  /* slot of s_{i-k}, overwritten by s_i */
    for (long long i = k; i <= n; ++i) {
        u64 acc = 0;
        int slot = pos;
        for (int j = k; j >= 1; --j) {  /* s_{i-j} * c_{j} */
            acc = (acc + c[j - 1] * win[slot]) % p;
            if (++slot == k) slot = 0;
        }
        win[pos] = acc;
        if (++pos == k) pos = 0;
    }
    const u64 ans = win[(pos + k - 1) % k];
    free(c); free(win);
    return (long long)ans;
}
