#include <stdlib.h>
#include <string.h>

static int cmp_char(const void* a, const void* b) {
    return *(const char*)a - *(const char*)b;
}

/* Each word's sorted letters are looked up by a linear scan over the
   groups seen so far. */
long long count_anagram_pairs(char** words, int wordsSize) {
    char** keys = malloc(sizeof(char*) * (wordsSize > 0 ? wordsSize : 1));
    long long* counts = malloc(sizeof(long long) * (wordsSize > 0 ? wordsSize : 1));
    int groups = 0;
    for (int i = 0; i < wordsSize; i++) {
        size_t len = strlen(words[i]);
        char* key = malloc(len + 1);
        memcpy(key, words[i], len + 1);
        qsort(key, len, 1, cmp_char);
        int g = 0;
        while (g < groups && strcmp(keys[g], key) != 0) g++;
        if (g == groups) {
            keys[groups] = key;
            counts[groups] = 0;
            groups++;
        } else {
            free(key);
        }
        counts[g]++;
    }
    long long pairs = 0;
    for (int g = 0; g < groups; g++) {
        pairs += counts[g] * (counts[g] - 1) / 2;
        free(keys[g]);
    }
    free(keys);
    free(counts);
    return pairs;
}
