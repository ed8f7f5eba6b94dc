#include <stdlib.h>
#include <string.h>

#define MOD 1000000007

/* A trie of the dictionary (26 children per node, 0 = none); ways[i] split
   counts are pushed forward along the trie walk from every reachable i. */
long long count_splits(char* text, char** words, int wordsSize) {
    const int n = (int)strlen(text);
    if (n == 0) return 1;
    if (wordsSize == 0) return 0;
    size_t letters = 1;
    for (int k = 0; k < wordsSize; k++) letters += strlen(words[k]);
    int (*child)[26] = calloc(letters, sizeof *child);
    char* terminal = calloc(letters, 1);
    int nodes = 1;
    for (int k = 0; k < wordsSize; k++) {
        int node = 0;
        for (const char* p = words[k]; *p; p++) {
            const int c = *p - 'a';
            if (!child[node][c]) child[node][c] = nodes++;
            node = child[node][c];
        }
        terminal[node] = 1;
    }
    int* ways = calloc((size_t)n + 1, sizeof *ways);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        const int w = ways[i];
        if (!w) continue;
        int node = 0;
        for (int j = i; j < n; j++) {
            node = child[node][text[j] - 'a'];
            if (!node) break;
            if (terminal[node]) {
                const int v = ways[j + 1] + w;
                ways[j + 1] = v >= MOD ? v - MOD : v;
            }
        }
    }
    const long long result = ways[n];
    free(child);
    free(terminal);
    free(ways);
    return result;
}
