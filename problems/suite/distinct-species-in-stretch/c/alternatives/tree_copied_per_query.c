#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* how many of the marks in the tree sit at positions 1..lo, read from a fresh copy of the tree */
static int marks_upto(const int* tree, int n, int lo) {
    int* copy = malloc(sizeof(int) * ((size_t)n + 1));
    memcpy(copy, tree, sizeof(int) * ((size_t)n + 1));
    int tot = 0;
    for (int j = lo; j; j &= j - 1) tot += copy[j];
    free(copy);
    return tot;
}

long long* distinct_species_in_stretch(long long* samples, int samplesSize, long long** stretches, int stretchesSize,
                                       int* stretchesColSize, int* returnSize) {
    (void)stretchesColSize;
    const int n = samplesSize;
    const int q = stretchesSize;
    /* bucket the queries by hi (counting sort) */
    int* head = calloc((size_t)n + 1, sizeof(int));
    int* order = malloc(sizeof(int) * (q > 0 ? q : 1));
    int* at = malloc(sizeof(int) * ((size_t)n + 1));
    for (int k = 0; k < q; ++k) ++head[stretches[k][1] + 1];
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    for (int i = 0; i <= n; ++i) at[i] = head[i];
    for (int k = 0; k < q; ++k) order[at[stretches[k][1]]++] = k;
    /* Fenwick tree marking superseded occurrences; last position of each species in an
       open-addressing hash table (keys with a parallel position array, -1 = empty) */
    int* tree = calloc((size_t)n + 1, sizeof(int));
    unsigned cap = 16;
    while (cap < 2u * (unsigned)n) cap <<= 1;
    const unsigned maskBits = cap - 1;
    long long* keys = malloc(sizeof(long long) * cap);
    int* lastAt = malloc(sizeof(int) * cap);
    for (unsigned s = 0; s < cap; ++s) lastAt[s] = -1;
    long long* answer = malloc(sizeof(long long) * (q > 0 ? q : 1));
    int firsts = 0;
    for (int i = 0; i < n; ++i) {
        const long long id = samples[i];
        unsigned s = (unsigned)(((uint64_t)id * 0x9E3779B97F4A7C15ull) >> 40) & maskBits;
        while (lastAt[s] >= 0 && keys[s] != id) s = (s + 1) & maskBits;
        if (lastAt[s] < 0) {
            keys[s] = id;
            ++firsts;
        } else {
            for (int j = lastAt[s] + 1; j <= n; j += j & -j) ++tree[j];
        }
        lastAt[s] = i;
        for (int t = head[i]; t < head[i + 1]; ++t) {
            const int k = order[t];
            const int lo = (int)stretches[k][0];
            answer[k] = firsts - lo + marks_upto(tree, n, lo);
        }
    }
    free(head);
    free(order);
    free(at);
    free(tree);
    free(keys);
    free(lastAt);
    *returnSize = q;
    return answer;
}
