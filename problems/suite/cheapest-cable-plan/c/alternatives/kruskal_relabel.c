#include <stdlib.h>

static int by_price(const void* x, const void* y) {
    long long a = (*(long long* const*)x)[2], b = (*(long long* const*)y)[2];
    return (a > b) - (a < b);
}

long long cheapest_cable_plan(long long n, long long** offers, int offersSize, int* offersColSize) {
    (void)offersColSize;
    /* Kruskal with a component label per site; a merge relabels by scanning every site. */
    qsort(offers, (size_t)offersSize, sizeof(long long*), by_price);
    long long* comp = malloc(sizeof(long long) * (size_t)n);
    for (long long i = 0; i < n; ++i) comp[i] = i;
    long long total = 0;
    for (int k = 0; k < offersSize; ++k) {
        const long long* e = offers[k];
        long long ca = comp[e[0]], cb = comp[e[1]];
        if (ca != cb) {
            total += e[2];
            for (long long i = 0; i < n; ++i)
                if (comp[i] == cb) comp[i] = ca;
        }
    }
    free(comp);
    return total;
}
