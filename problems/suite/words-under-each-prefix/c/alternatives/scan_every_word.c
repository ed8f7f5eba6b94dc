#include <stdlib.h>
#include <string.h>

/* Every prefix compared with every word: O(W * P). */
long long* count_words_with_prefix(char** words, int wordsSize, char** prefixes, int prefixesSize,
                                   int* returnSize) {
    long long* out = malloc(sizeof(long long) * (prefixesSize > 0 ? prefixesSize : 1));
    *returnSize = prefixesSize;
    for (int i = 0; i < prefixesSize; i++) {
        const size_t plen = strlen(prefixes[i]);
        long long count = 0;
        for (int j = 0; j < wordsSize; j++)
            if (strncmp(words[j], prefixes[i], plen) == 0) count++;
        out[i] = count;
    }
    return out;
}
