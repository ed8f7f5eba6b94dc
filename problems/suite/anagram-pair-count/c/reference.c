#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A word has at most 12 letters: its sorted letters, 5 bits each (1..26),
   pack into one 64-bit key, counted in an open-addressing hash table. */
long long count_anagram_pairs(char** words, int wordsSize) {
    if (wordsSize < 2) return 0;
    size_t cap = 16;
    while (cap < (size_t)wordsSize * 2) cap <<= 1;
    uint64_t* keys = malloc(cap * sizeof *keys);
    long long* counts = calloc(cap, sizeof *counts);
    memset(keys, 0xff, cap * sizeof *keys);
    long long pairs = 0;
    for (int i = 0; i < wordsSize; i++) {
        const char* w = words[i];
        unsigned char s[16];
        int len = 0;
        for (; w[len]; len++) {
            unsigned char c = (unsigned char)(w[len] - 'a' + 1);
            int j = len;
            while (j > 0 && s[j - 1] > c) { s[j] = s[j - 1]; j--; }
            s[j] = c;
        }
        uint64_t key = 0;
        for (int j = 0; j < len; j++) key = (key << 5) | s[j];
        size_t h = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 32) & (cap - 1);
        while (keys[h] != key && keys[h] != UINT64_MAX) h = (h + 1) & (cap - 1);
        keys[h] = key;
        pairs += counts[h]++;
    }
    free(keys);
    free(counts);
    return pairs;
}
