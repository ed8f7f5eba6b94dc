#include <stdlib.h>
#include <string.h>

static int by_text(const void* x, const void* y) {
    return strcmp(*(char* const*)x, *(char* const*)y);
}

/* Suffixes (pointers into s) sorted by direct string comparison, then the
   common prefixes of neighbours scanned. */
long long count_distinct_substrings(char* s) {
    const int n = (int)strlen(s);
    if (n == 0) return 0;
    char** suf = malloc(sizeof(char*) * (size_t)n);
    for (int i = 0; i < n; i++) suf[i] = s + i;
    qsort(suf, (size_t)n, sizeof(char*), by_text);
    long long total = (long long)n * (n + 1) / 2;
    for (int i = 1; i < n; i++) {
        int k = 0;
        while (suf[i - 1][k] && suf[i - 1][k] == suf[i][k]) k++;
        total -= k;
    }
    free(suf);
    return total;
}
