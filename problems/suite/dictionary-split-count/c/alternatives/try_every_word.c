#include <stdlib.h>
#include <string.h>

#define MOD 1000000007

static int cmp_str(const void* a, const void* b) {
    return strcmp(*(char* const*)a, *(char* const*)b);
}

/* The same forward DP, but at every reachable position every dictionary
   word is compared with the text by strncmp. */
long long count_splits(char* text, char** words, int wordsSize) {
    /* duplicate words must not count twice: sort and skip repeats */
    int unique = 0;
    if (wordsSize > 0) {
        qsort(words, (size_t)wordsSize, sizeof(char*), cmp_str);
        unique = 1;
        for (int k = 1; k < wordsSize; k++)
            if (strcmp(words[k], words[unique - 1]) != 0) words[unique++] = words[k];
    }
    const int n = (int)strlen(text);
    long long* ways = calloc((size_t)n + 1, sizeof *ways);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        for (int k = 0; k < unique; k++) {
            const int len = (int)strlen(words[k]);
            if (i + len <= n && strncmp(text + i, words[k], (size_t)len) == 0)
                ways[i + len] = (ways[i + len] + ways[i]) % MOD;
        }
    }
    const long long result = ways[n];
    free(ways);
    return result;
}
