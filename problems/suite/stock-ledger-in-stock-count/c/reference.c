#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Stock per SKU in an open-addressing hash table keyed by the SKU's bytes
   (pointers into `log`); `positive` is kept up to date on every change. */
long long* in_stock_counts(char** log, int logSize, int* returnSize) {
    size_t cap = 16;
    while (cap < (size_t)logSize * 2) cap <<= 1;
    const char** keys = calloc(cap, sizeof *keys);
    int* lens = malloc(cap * sizeof *lens);
    long long* stock = malloc(cap * sizeof *stock);
    long long* answers = malloc(sizeof(long long) * (logSize > 0 ? logSize : 1));
    int count = 0;
    long long positive = 0;
    for (int e = 0; e < logSize; e++) {
        const char* entry = log[e];
        if (entry[0] == 'C') {
            answers[count++] = positive;
            continue;
        }
        const int in = entry[0] == 'I';
        const char* sku = entry + (in ? 3 : 4);
        uint32_t h = 2166136261u;
        int len = 0;
        for (; sku[len] != ' '; len++) h = (h ^ (unsigned char)sku[len]) * 16777619u;
        long long q = 0;
        for (const char* p = sku + len + 1; *p; p++) q = q * 10 + (*p - '0');
        size_t slot = h & (cap - 1);
        while (keys[slot] && !(lens[slot] == len && memcmp(keys[slot], sku, (size_t)len) == 0))
            slot = (slot + 1) & (cap - 1);
        if (in) {
            if (!keys[slot]) {
                keys[slot] = sku;
                lens[slot] = len;
                stock[slot] = 0;
            }
            if (!stock[slot]) positive++;
            stock[slot] += q;
        } else {
            if (!keys[slot] || !stock[slot]) continue;
            stock[slot] -= q;
            if (stock[slot] <= 0) {
                stock[slot] = 0;
                positive--;
            }
        }
    }
    free(keys);
    free(lens);
    free(stock);
    *returnSize = count;
    return answers;
}
