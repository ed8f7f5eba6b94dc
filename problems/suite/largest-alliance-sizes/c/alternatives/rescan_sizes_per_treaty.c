#include <stdlib.h>

long long* largest_alliance_sizes(long long n_, long long** treaties, int treatiesSize, int* treatiesColSize,
                                  int* returnSize) {
    (void)treatiesColSize;
    // disjoint-set union: union by size + path halving
    const int n = (int)n_;
    int* parent = malloc(sizeof(int) * (n + 1));
    int* size = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < n; ++i) parent[i] = i, size[i] = 1;
    long long* out = malloc(sizeof(long long) * (treatiesSize + 1));
    int best = 1;
    for (int t = 0; t < treatiesSize; ++t) {
        int a = (int)treaties[t][0], b = (int)treaties[t][1];
        while (parent[a] != a) a = parent[a] = parent[parent[a]];
        while (parent[b] != b) b = parent[b] = parent[parent[b]];
        if (a != b) {
            if (size[a] < size[b]) { const int x = a; a = b; b = x; }
            parent[b] = a;
            size[a] += size[b];
        }
        best = 1;  // the largest alliance found again by scanning every kingdom
        for (int i = 0; i < n; ++i)
            if (parent[i] == i && size[i] > best) best = size[i];
        out[t] = best;
    }
    free(parent); free(size);
    *returnSize = treatiesSize;
    return out;
}
