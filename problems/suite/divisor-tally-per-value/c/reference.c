#include <stdint.h>
#include <stdlib.h>

long long* divisor_tally_per_value(long long* values, int valuesSize, int* returnSize) {
    *returnSize = valuesSize;
    if (valuesSize == 0) return malloc(sizeof(long long));
    long long* out = malloc(sizeof(long long) * valuesSize);
    int top = 1;
    for (int i = 0; i < valuesSize; ++i)
        if (values[i] > top) top = (int)values[i];
    // linear sieve of smallest prime factors; a composite's is at most sqrt(top) so it fits
    // in 16 bits, and 0 marks a prime (its own smallest factor)
    uint16_t* spf = calloc((size_t)top + 1, sizeof(uint16_t));
    int* primes = malloc(sizeof(int) * (top / 4 + 16));
    int np = 0;
    for (int i = 2; i <= top; ++i) {
        int si = spf[i];
        if (!si) { si = i; primes[np++] = i; }
        const int q = top / i, lim = si < q ? si : q;
        for (int j = 0; j < np && primes[j] <= lim; ++j) spf[primes[j] * i] = (uint16_t)primes[j];
    }
    for (int i = 0; i < valuesSize; ++i) {
        int x = (int)values[i];
        long long c = 1;
        while (x > 1) {
            const int p = spf[x] ? spf[x] : x;
            int e = 0;
            do { x /= p; ++e; } while (x % p == 0);
            c *= e + 1;
        }
        out[i] = c;
    }
    free(spf);
    free(primes);
    return out;
}
