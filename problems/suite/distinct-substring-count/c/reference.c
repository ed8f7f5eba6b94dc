#include <stdlib.h>
#include <string.h>

/* Suffix automaton; each new state adds len[v] - len[link[v]] new substrings. */
long long count_distinct_substrings(char* s) {
    const int n = (int)strlen(s);
    if (n == 0) return 0;
    enum { SIGMA = 52 };
    int (*next)[SIGMA] = malloc(sizeof(int[SIGMA]) * (size_t)(2 * n));
    int* len = malloc(sizeof(int) * (size_t)(2 * n));
    int* link = malloc(sizeof(int) * (size_t)(2 * n));
    memset(next[0], -1, sizeof next[0]);
    len[0] = 0;
    link[0] = -1;
    int size = 1, last = 0;
    long long total = 0;
    for (int i = 0; i < n; i++) {
        const char ch = s[i];
        const int c = ch >= 'a' ? ch - 'a' : ch - 'A' + 26;
        const int cur = size++;
        len[cur] = len[last] + 1;
        memset(next[cur], -1, sizeof next[cur]);
        int p = last;
        while (p != -1 && next[p][c] == -1) {
            next[p][c] = cur;
            p = link[p];
        }
        if (p == -1) {
            link[cur] = 0;
        } else {
            const int q = next[p][c];
            if (len[p] + 1 == len[q]) {
                link[cur] = q;
            } else {
                const int clone = size++;
                memcpy(next[clone], next[q], sizeof next[q]);
                len[clone] = len[p] + 1;
                link[clone] = link[q];
                while (p != -1 && next[p][c] == q) {
                    next[p][c] = clone;
                    p = link[p];
                }
                link[q] = link[cur] = clone;
            }
        }
        last = cur;
        total += len[cur] - len[link[cur]];
    }
    free(next);
    free(len);
    free(link);
    return total;
}
