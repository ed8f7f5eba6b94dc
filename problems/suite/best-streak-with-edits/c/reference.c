#include <stdlib.h>

/* A segment tree node: total, best prefix, best suffix, best run. */
typedef struct {
    long long sum, pre, suf, best;
} Node;

#define NEG (-(1LL << 60))

static inline long long max2(long long a, long long b) { return a > b ? a : b; }

static inline Node combine(Node a, Node b) {
    Node r;
    r.sum = a.sum + b.sum;
    r.pre = max2(a.pre, a.sum + b.pre);
    r.suf = max2(b.suf, b.sum + a.suf);
    r.best = max2(max2(a.best, b.best), a.suf + b.pre);
    return r;
}

long long* best_streak_with_edits(long long* profits, int profitsSize, long long** operations, int operationsSize,
                                  int* operationsColSize, int* returnSize) {
    (void)operationsColSize;
    int n = profitsSize;
    int size = 1;
    while (size < n) size <<= 1;
    const Node identity = {0, NEG, NEG, NEG};
    Node* t = malloc(sizeof(Node) * 2 * (size_t)size);
    for (int i = 0; i < n; ++i) {
        long long v = profits[i];
        t[size + i] = (Node){v, v, v, v};
    }
    for (int i = size + n; i < 2 * size; ++i) t[i] = identity;
    for (int i = size - 1; i > 0; --i) t[i] = combine(t[2 * i], t[2 * i + 1]);
    long long* out = malloc(sizeof(long long) * (operationsSize > 0 ? operationsSize : 1));
    int count = 0;
    for (int k = 0; k < operationsSize; ++k) {
        const long long* op = operations[k];
        if (op[0] == 0) {
            int i = (int)op[1] + size;
            long long v = op[2];
            t[i] = (Node){v, v, v, v};
            for (i >>= 1; i; i >>= 1) t[i] = combine(t[2 * i], t[2 * i + 1]);
        } else {
            Node left = identity, right = identity;
            for (int l = (int)op[1] + size, r = (int)op[2] + size + 1; l < r; l >>= 1, r >>= 1) {
                if (l & 1) left = combine(left, t[l++]);
                if (r & 1) right = combine(t[--r], right);
            }
            out[count++] = combine(left, right).best;
        }
    }
    free(t);
    *returnSize = count;
    return out;
}
