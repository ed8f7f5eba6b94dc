#include <stdlib.h>

/* open-addressing table value -> id; grows when half full */
typedef struct {
    long long* keys;
    int* ids;    /* -1 = empty slot */
    int cap;     /* a power of two */
    int bits;
    int size;
} table;

static inline unsigned slot_of(long long v, int bits) {
    return (unsigned)(((unsigned long long)v * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
}

static void table_init(table* t, int bits) {
    t->bits = bits;
    t->cap = 1 << bits;
    t->size = 0;
    t->keys = malloc(sizeof(long long) * (size_t)t->cap);
    t->ids = malloc(sizeof(int) * (size_t)t->cap);
    for (int i = 0; i < t->cap; ++i) t->ids[i] = -1;
}

static void table_grow(table* t) {
    long long* keys = t->keys;
    int* ids = t->ids;
    const int cap = t->cap;
    table_init(t, t->bits + 1);
    for (int i = 0; i < cap; ++i) {
        if (ids[i] < 0) continue;
        unsigned s = slot_of(keys[i], t->bits);
        while (t->ids[s] >= 0) s = (s + 1) & (unsigned)(t->cap - 1);
        t->keys[s] = keys[i];
        t->ids[s] = ids[i];
    }
    free(keys);
    free(ids);
}

long long shortest_covering_window(long long* values, int valuesSize) {
    const int n = valuesSize;
    if (n == 0) return 0;
    /* relabel the kinds 0..k-1 once, then slide a window over small integer ids */
    table t;
    table_init(&t, 8);
    int kinds = 0;
    int* a = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; ++i) {
        const long long v = values[i];
        unsigned s = slot_of(v, t.bits);
        const unsigned mask = (unsigned)(t.cap - 1);
        while (t.ids[s] >= 0 && t.keys[s] != v) s = (s + 1) & mask;
        if (t.ids[s] < 0) {
            t.keys[s] = v;
            t.ids[s] = kinds;
            a[i] = kinds++;
            if (2 * kinds > t.cap) table_grow(&t);
        } else {
            a[i] = t.ids[s];
        }
    }
    free(t.keys);
    free(t.ids);
    const int need = kinds;
    int have = 0;
    int* counts = calloc((size_t)need, sizeof(int));
    int best = n, left = 0;
    for (int right = 0; right < n; ++right) {
        if (counts[a[right]]++ == 0) ++have;
        if (have < need) continue;
        while (counts[a[left]] > 1) --counts[a[left++]];
        if (right - left + 1 < best) best = right - left + 1;
    }
    free(counts);
    free(a);
    return best;
}
