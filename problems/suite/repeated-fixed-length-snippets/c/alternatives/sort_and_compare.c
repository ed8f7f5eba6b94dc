#include <stdlib.h>
#include <string.h>

static const char* text;
static size_t snippet_len;

static int compare_snippets(const void* a, const void* b) {
    return strncmp(text + *(const int*)a, text + *(const int*)b, snippet_len);
}

long long count_repeated_snippets(char* s, long long k) {
    int n = (int)strlen(s);
    if (k > n) return 0;
    int m = n - (int)k + 1;
    int* starts = malloc(sizeof(int) * (size_t)m);
    for (int i = 0; i < m; i++) starts[i] = i;
    text = s;
    snippet_len = (size_t)k;
    qsort(starts, (size_t)m, sizeof(int), compare_snippets);
    long long repeated = 0;
    int i = 0;
    while (i < m) {
        int j = i + 1;
        while (j < m && strncmp(s + starts[i], s + starts[j], (size_t)k) == 0) j++;
        if (j - i > 1) repeated++;
        i = j;
    }
    free(starts);
    return repeated;
}
