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
    /* cached entries in an array: key, use count, time of the latest request */
    long long* key = malloc(sizeof(long long) * (n + 1));
    int* cnt = malloc(sizeof(int) * (n + 1));
    int* last = malloc(sizeof(int) * (n + 1));
    long long* evicted = malloc(sizeof(long long) * (n + 1));
    int held = (int)(capacity < n ? capacity : n);
    unsigned cap2 = 16;
    while (cap2 < 2u * (unsigned)held + 2u) cap2 <<= 1;
    Map map;
    map.keys = malloc(sizeof(long long) * cap2);
    map.vals = calloc(cap2, sizeof(int));
    map.mask = cap2 - 1;
    int size = 0, out = 0;
    for (int r = 0; r < n; ++r) {
        const long long k = requests[r];
        int v = map_find(&map, k);
        if (v) {
            ++cnt[v];
            last[v] = r;
            continue;
        }
        if (size == capacity) {
            /* scan the whole cache for the least used, least recently requested entry */
            int best = 1;
            for (int i = 2; i <= size; ++i)
                if (cnt[i] < cnt[best] || (cnt[i] == cnt[best] && last[i] < last[best])) best = i;
            map_erase(&map, key[best]);
            evicted[out++] = key[best];
            v = best;
        } else {
            v = ++size;
        }
        key[v] = k;
        cnt[v] = 1;
        last[v] = r;
        map_put(&map, k, v);
    }
    *returnSize = out;
    return evicted;
}
