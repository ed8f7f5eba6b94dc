#include <stdint.h>
#include <stdlib.h>
#include <string.h>

long long count_repeated_snippets(char* s, long long k) {
    const long long n = (long long)strlen(s);
    if (k > n) return 0;
    const int len = (int)k;
    const int m = (int)(n - k + 1);
    // Open addressing over the windows: each slot keeps a window's rolling hash, its
    // first start and whether it was already counted. Equal hashes are confirmed by memcmp.
    int bits = 1;
    while ((1 << bits) < 2 * m) ++bits;
    const uint32_t mask = (1u << bits) - 1;
    uint64_t* hashes = malloc(sizeof(uint64_t) << bits);
    int* start = malloc(sizeof(int) << bits);  // -1: empty; otherwise the first start
    char* counted = calloc((size_t)1 << bits, 1);
    memset(start, 0xff, sizeof(int) << bits);

    const uint64_t B = 0x100000001B3ULL;  // odd base, arithmetic mod 2^64
    uint64_t top = 1, h = 0;
    for (int i = 0; i < len; ++i) {
        h = h * B + (unsigned char)s[i];
        if (i) top *= B;  // B^(len-1)
    }
    long long repeated = 0;
    for (int i = 0;; ++i) {
        uint32_t slot = (uint32_t)((h * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
        for (;;) {
            const int j = start[slot];
            if (j < 0) {
                start[slot] = i;
                hashes[slot] = h;
                break;
            }
            if (hashes[slot] == h && memcmp(s + j, s + i, (size_t)len) == 0) {
                if (!counted[slot]) {
                    counted[slot] = 1;
                    ++repeated;
                }
                break;
            }
            slot = (slot + 1) & mask;
        }
        if (i + 1 == m) break;
        h = (h - (unsigned char)s[i] * top) * B + (unsigned char)s[i + len];
    }
    free(counted);
    free(start);
    free(hashes);
    return repeated;
}
