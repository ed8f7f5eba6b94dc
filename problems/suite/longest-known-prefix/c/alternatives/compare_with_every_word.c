#include <stdlib.h>
#include <string.h>

/* Every query compared letter by letter with every dictionary word. */
long long* longest_known_prefix(char** words, int wordsSize, char** queries, int queriesSize,
                                int* returnSize) {
    long long* result = malloc(sizeof(long long) * (queriesSize > 0 ? queriesSize : 1));
    *returnSize = queriesSize;
    for (int q = 0; q < queriesSize; q++) {
        const char* s = queries[q];
        int best = 0;
        for (int w = 0; w < wordsSize; w++) {
            const char* word = words[w];
            int k = 0;
            while (word[k] && word[k] == s[k]) k++;
            if (k > best) best = k;
        }
        result[q] = best;
    }
    return result;
}
