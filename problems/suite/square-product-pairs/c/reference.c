#include <math.h>
#include <stdlib.h>

/* a * b is a square exactly when a and b have the same square-free part. After
   removing the primes below cbrt(10^6) = 100, what is left of v is 1, a prime, a
   product of two distinct primes, or the square of a prime. */
static const int P[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47,
                        53, 59, 61, 67, 71, 73, 79, 83, 89, 97};

long long square_product_pairs(long long* values, int valuesSize) {
    const int n = valuesSize;
    if (n < 2) return 0;
    int bits = 4;
    while ((1 << bits) < 2 * n) ++bits;
    const unsigned cap = 1u << bits, mask = cap - 1;
    /* open-addressing table: square-free part -> how many values have it (key 0 = empty) */
    long long* keys = calloc(cap, sizeof(long long));
    long long* counts = malloc(sizeof(long long) * cap);
    long long total = 0;
    for (int i = 0; i < n; ++i) {
        long long x = values[i];
        long long core = 1;
        for (int k = 0; k < 25; ++k) {
            const long long p = P[k];
            if (p * p * p > x) break;
            if (x % p == 0) {
                x /= p;
                int odd = 1;
                while (x % p == 0) { x /= p; odd = !odd; }
                if (odd) core *= p;
            }
        }
        long long r = (long long)sqrt((double)x);
        while (r * r > x) --r;
        while ((r + 1) * (r + 1) <= x) ++r;
        if (r * r != x) core *= x;
        unsigned s = (unsigned)(((unsigned long long)core * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
        while (keys[s] && keys[s] != core) s = (s + 1) & mask;
        if (keys[s]) {
            total += counts[s]++; /* pairs with every earlier value of the same core */
        } else {
            keys[s] = core;
            counts[s] = 1;
        }
    }
    free(keys);
    free(counts);
    return total;
}
