#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The reference's hash table, but every COUNT walks the whole table and
   counts the products with positive stock. */
long long* in_stock_counts(char** log, int logSize, int* returnSize) {
    size_t cap = 16;
    while (cap < (size_t)logSize * 2) cap <<= 1;
    const char** keys = calloc(cap, sizeof *keys);
    int* lens = malloc(cap * sizeof *lens);
    long long* stock = calloc(cap, sizeof *stock);
    long long* answers = malloc(sizeof(long long) * (logSize > 0 ? logSize : 1));
    int count = 0;
    for (int e = 0; e < logSize; e++) {
        const char* entry = log[e];
        if (entry[0] == 'C') {
            long long positive = 0;
            for (size_t s = 0; s < cap; s++)
                if (keys[s] && stock[s] > 0) positive++;
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
            stock[slot] += q;
        } else {
            if (!keys[slot]) continue;
            stock[slot] -= q;
            if (stock[slot] < 0) stock[slot] = 0;
        }
    }
    free(keys);
    free(lens);
    free(stock);
    *returnSize = count;
    return answers;
}
