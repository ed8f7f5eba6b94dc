#include <stdlib.h>

static long long gcd_ll(long long a, long long b) {
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* Recursive segment tree over gcd: O(log n) gcds per query. */
static void build(long long* tree, const long long* a, int node, int l, int r) {
    if (l == r) {
        tree[node] = a[l];
        return;
    }
    int mid = (l + r) / 2;
    build(tree, a, 2 * node, l, mid);
    build(tree, a, 2 * node + 1, mid + 1, r);
    tree[node] = gcd_ll(tree[2 * node], tree[2 * node + 1]);
}

static long long query(const long long* tree, int node, int l, int r, int lo, int hi) {
    if (hi < l || r < lo) return 0;
    if (lo <= l && r <= hi) return tree[node];
    int mid = (l + r) / 2;
    return gcd_ll(query(tree, 2 * node, l, mid, lo, hi), query(tree, 2 * node + 1, mid + 1, r, lo, hi));
}

long long* common_gauge_of_stretch(long long* lengths, int lengthsSize, long long** queries, int queriesSize,
                                   int* queriesColSize, int* returnSize) {
    (void)queriesColSize;
    int n = lengthsSize;
    long long* tree = calloc(4 * (size_t)n + 4, sizeof(long long));
    build(tree, lengths, 1, 0, n - 1);
    long long* out = malloc(sizeof(long long) * (queriesSize > 0 ? queriesSize : 1));
    for (int j = 0; j < queriesSize; ++j) out[j] = query(tree, 1, 0, n - 1, (int)queries[j][0], (int)queries[j][1]);
    free(tree);
    *returnSize = queriesSize;
    return out;
}
