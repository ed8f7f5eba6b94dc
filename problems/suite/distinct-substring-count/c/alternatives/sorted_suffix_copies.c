#include <stdlib.h>
#include <string.h>

static int by_text(const void* x, const void* y) {
    return strcmp(*(char* const*)x, *(char* const*)y);
}

/* Every suffix copied out with malloc + strcpy, the copies sorted with qsort, then
   neighbouring common prefixes subtracted from the total. */
long long count_distinct_substrings(char* s) {
    const int n = (int)strlen(s);
    if (n == 0) return 0;
    char** suf = malloc(sizeof(char*) * (size_t)n);
    for (int i = 0; i < n; i++) {
        suf[i] = malloc((size_t)(n - i) + 1);
        strcpy(suf[i], s + i);
    }
    qsort(suf, (size_t)n, sizeof(char*), by_text);
    long long total = (long long)n * (n + 1) / 2;
    for (int i = 1; i < n; i++) {
        int k = 0;
        while (suf[i - 1][k] && suf[i - 1][k] == suf[i][k]) k++;
        total -= k;
    }
    for (int i = 0; i < n; i++) free(suf[i]);
    free(suf);
    return total;
}
