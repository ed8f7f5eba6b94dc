#include <stdlib.h>

static int find_root(int* parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

long long cheapest_cable_plan(long long n, long long** offers, int offersSize, int* offersColSize) {
    (void)offersColSize;
    /* offers put in price order by insertion sort, then Kruskal with union-find */
    for (int i = 1; i < offersSize; ++i) {
        long long* cur = offers[i];
        int j = i - 1;
        while (j >= 0 && offers[j][2] > cur[2]) {
            offers[j + 1] = offers[j];
            --j;
        }
        offers[j + 1] = cur;
    }
    int* parent = malloc(sizeof(int) * (size_t)n);
    int* size = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; ++i) {
        parent[i] = i;
        size[i] = 1;
    }
    long long total = 0;
    for (int k = 0; k < offersSize; ++k) {
        const long long* e = offers[k];
        int a = find_root(parent, (int)e[0]), b = find_root(parent, (int)e[1]);
        if (a == b) continue;
        if (size[a] < size[b]) {
            int t = a;
            a = b;
            b = t;
        }
        parent[b] = a;
        size[a] += size[b];
        total += e[2];
    }
    free(parent);
    free(size);
    return total;
}
