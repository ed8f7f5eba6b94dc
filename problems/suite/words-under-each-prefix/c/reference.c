#include <stdlib.h>
#include <string.h>

static inline int str_less(const char* a, const char* b) {
    while (*a && *a == *b) a++, b++;
    return (unsigned char)*a < (unsigned char)*b;
}

/* Quicksort of string pointers (median of three, Hoare partition),
   insertion sort on short ranges. */
static void sort_strings(char** a, int n) {
    while (n > 12) {
        char** m = a + n / 2;
        char* t;
        if (str_less(*m, a[0])) t = *m, *m = a[0], a[0] = t;
        if (str_less(a[n - 1], *m)) {
            t = *m, *m = a[n - 1], a[n - 1] = t;
            if (str_less(*m, a[0])) t = *m, *m = a[0], a[0] = t;
        }
        char* pivot = *m;
        int i = 0, j = n - 1;
        for (;;) {
            while (str_less(a[i], pivot)) i++;
            while (str_less(pivot, a[j])) j--;
            if (i >= j) break;
            t = a[i], a[i] = a[j], a[j] = t;
            i++, j--;
        }
        /* a[0..j] <= pivot <= a[j+1..n-1]; recurse on the smaller side */
        if (j + 1 < n - j - 1) {
            sort_strings(a, j + 1);
            a += j + 1;
            n -= j + 1;
        } else {
            sort_strings(a + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    for (int i = 1; i < n; i++) {
        char* x = a[i];
        int j = i;
        while (j > 0 && str_less(x, a[j - 1])) a[j] = a[j - 1], j--;
        a[j] = x;
    }
}

/* The words sorted once; the words starting with p form one run of the
   sorted order, bounded by two binary searches. */
long long* count_words_with_prefix(char** words, int wordsSize, char** prefixes, int prefixesSize,
                                   int* returnSize) {
    long long* out = malloc(sizeof(long long) * (prefixesSize > 0 ? prefixesSize : 1));
    *returnSize = prefixesSize;
    const int n = wordsSize;
    sort_strings(words, n);
    for (int i = 0; i < prefixesSize; i++) {
        const char* p = prefixes[i];
        int lo = 0, hi = n; /* first word >= p */
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (str_less(words[mid], p)) lo = mid + 1; else hi = mid;
        }
        const int a = lo;
        hi = n; /* first word after a that does not start with p */
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            const char* w = words[mid];
            const char* q = p;
            while (*q && *q == *w) q++, w++;
            if (!*q) lo = mid + 1; else hi = mid;
        }
        out[i] = lo - a;
    }
    return out;
}
