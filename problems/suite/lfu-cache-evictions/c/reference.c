#include <stdlib.h>

/* open-addressing hash map: key -> node, linear probing, backward-shift deletion */
typedef struct {
    long long* keys;
    int* vals; /* 0 = empty slot */
    unsigned mask;
} Map;

static unsigned slot_of(const Map* m, long long k) {
    unsigned long long h = (unsigned long long)k * 0x9E3779B97F4A7C15ULL;
    return (unsigned)(h >> 32) & m->mask;
}

static int map_find(const Map* m, long long k) {
    unsigned i = slot_of(m, k);
    while (m->vals[i]) {
        if (m->keys[i] == k) return m->vals[i];
        i = (i + 1) & m->mask;
    }
    return 0;
}

static void map_put(Map* m, long long k, int v) {
    unsigned i = slot_of(m, k);
    while (m->vals[i]) i = (i + 1) & m->mask;
    m->keys[i] = k;
    m->vals[i] = v;
}

static void map_erase(Map* m, long long k) {
    unsigned i = slot_of(m, k);
    while (m->keys[i] != k || !m->vals[i]) i = (i + 1) & m->mask;
    unsigned j = i;
    for (;;) {
        j = (j + 1) & m->mask;
        if (!m->vals[j]) break;
        unsigned home = slot_of(m, m->keys[j]);
        /* move j back into the hole at i unless its home lies cyclically in (i, j] */
        if ((j > i && (home <= i || home > j)) || (j < i && (home <= i && home > j))) {
            m->keys[i] = m->keys[j];
            m->vals[i] = m->vals[j];
            i = j;
        }
    }
    m->vals[i] = 0;
}

long long* lfu_evictions(long long capacity, long long* requests, int requestsSize, int* returnSize) {
    const int n = requestsSize;
    /* node pool: one node per admission; per-count doubly linked lists, oldest first */
    long long* key = malloc(sizeof(long long) * (n + 1));
    int* cnt = malloc(sizeof(int) * (n + 1));
    int* prv = malloc(sizeof(int) * (n + 1));
    int* nxt = malloc(sizeof(int) * (n + 1));
    int* head = calloc((size_t)n + 2, sizeof(int));
    int* tail = calloc((size_t)n + 2, sizeof(int));
    long long* evicted = malloc(sizeof(long long) * (n + 1));
    int held = (int)(capacity < n ? capacity : n);
    unsigned cap2 = 16;
    while (cap2 < 2u * (unsigned)held + 2u) cap2 <<= 1;
    Map map;
    map.keys = malloc(sizeof(long long) * cap2);
    map.vals = calloc(cap2, sizeof(int));
    map.mask = cap2 - 1;
    int used = 0, lowest = 0, size = 0, out = 0;
    for (int r = 0; r < n; ++r) {
        const long long k = requests[r];
        int v = map_find(&map, k);
        if (v) {
            int c = cnt[v];
            if (prv[v]) nxt[prv[v]] = nxt[v]; else head[c] = nxt[v];
            if (nxt[v]) prv[nxt[v]] = prv[v]; else tail[c] = prv[v];
            if (lowest == c && !head[c]) ++lowest;
            cnt[v] = ++c;
            prv[v] = tail[c];
            nxt[v] = 0;
            if (tail[c]) nxt[tail[c]] = v; else head[c] = v;
            tail[c] = v;
            continue;
        }
        if (size == capacity) {
            const int e = head[lowest];
            head[lowest] = nxt[e];
            if (nxt[e]) prv[nxt[e]] = 0; else tail[lowest] = 0;
            map_erase(&map, key[e]);
            evicted[out++] = key[e];
        } else {
            ++size;
        }
        v = ++used;
        key[v] = k;
        cnt[v] = 1;
        prv[v] = tail[1];
        nxt[v] = 0;
        if (tail[1]) nxt[tail[1]] = v; else head[1] = v;
        tail[1] = v;
        map_put(&map, k, v);
        lowest = 1;
    }
    *returnSize = out;
    return evicted;
}
