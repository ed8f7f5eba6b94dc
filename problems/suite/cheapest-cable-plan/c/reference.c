#include <stdlib.h>

static int find_root(int* parent, int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

long long cheapest_cable_plan(long long n, long long** offers, int offersSize, int* offersColSize) {
    (void)offersColSize;
    /* Kruskal: offers ordered by price with an LSD radix sort (11-bit digits), then a
       disjoint-set union with union by size and path halving. */
    const int m = offersSize;
    int* order = malloc(sizeof(int) * (m > 0 ? m : 1));
    int* spare = malloc(sizeof(int) * (m > 0 ? m : 1));
    long long maxPrice = 0;
    for (int i = 0; i < m; ++i) {
        order[i] = i;
        if (offers[i][2] > maxPrice) maxPrice = offers[i][2];
    }
    static int count[2048];
    for (int shift = 0; shift < 64 && (maxPrice >> shift) != 0; shift += 11) {
        for (int d = 0; d < 2048; ++d) count[d] = 0;
        for (int i = 0; i < m; ++i) ++count[(offers[order[i]][2] >> shift) & 2047];
        int sum = 0;
        for (int d = 0; d < 2048; ++d) {
            int c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (int i = 0; i < m; ++i) {
            int e = order[i];
            spare[count[(offers[e][2] >> shift) & 2047]++] = e;
        }
        int* t = order;
        order = spare;
        spare = t;
    }
    int* parent = malloc(sizeof(int) * (size_t)n);
    int* size = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; ++i) {
        parent[i] = i;
        size[i] = 1;
    }
    long long total = 0;
    long long need = n - 1;
    for (int k = 0; k < m && need > 0; ++k) {
        const long long* e = offers[order[k]];
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
        --need;
    }
    free(order);
    free(spare);
    free(parent);
    free(size);
    return total;
}
