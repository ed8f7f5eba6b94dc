#include <stdbool.h>
#include <stdlib.h>

long long widest_xor_pair(long long* values, int valuesSize) {
    // the bit-by-bit prefix method, with each bit's distinct prefixes kept in an array
    // and every membership test a linear search of it
    const int n = valuesSize;
    long long* prefixes = malloc(sizeof(long long) * (size_t)(n + 1));
    long long top = 0;
    for (int i = 0; i < n; ++i)
        if (values[i] > top) top = values[i];
    int bits = 0;
    while ((top >> bits) != 0) ++bits;
    long long ans = 0;
    for (int b = bits - 1; b >= 0; --b) {
        int m = 0;
        for (int i = 0; i < n; ++i) {
            const long long p = values[i] >> b;
            int j = 0;
            while (j < m && prefixes[j] != p) ++j;
            if (j == m) prefixes[m++] = p;
        }
        const long long cand = (ans << 1) | 1;
        bool found = false;
        for (int i = 0; i < m && !found; ++i) {
            const long long want = prefixes[i] ^ cand;
            for (int j = 0; j < m; ++j) {
                if (prefixes[j] == want) { found = true; break; }
            }
        }
        ans = found ? cand : cand ^ 1;
    }
    free(prefixes);
    return ans;
}
