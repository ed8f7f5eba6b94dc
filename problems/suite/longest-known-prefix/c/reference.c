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

static int common(const char* a, const char* b) {
    int k = 0;
    while (a[k] && a[k] == b[k]) k++;
    return k;
}

/* The dictionary sorted once; the word sharing the longest prefix with a
   query is a neighbour of the query's place in sorted order. */
long long* longest_known_prefix(char** words, int wordsSize, char** queries, int queriesSize,
                                int* returnSize) {
    long long* result = malloc(sizeof(long long) * (queriesSize > 0 ? queriesSize : 1));
    *returnSize = queriesSize;
    const int n = wordsSize;
    sort_strings(words, n);
    for (int q = 0; q < queriesSize; q++) {
        const char* s = queries[q];
        int lo = 0, hi = n; /* first word >= s */
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (str_less(words[mid], s)) lo = mid + 1; else hi = mid;
        }
        int best = 0;
        if (lo > 0) best = common(words[lo - 1], s);
        if (lo < n) {
            int k = common(words[lo], s);
            if (k > best) best = k;
        }
        result[q] = best;
    }
    return result;
}
