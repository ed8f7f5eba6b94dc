#include <stdlib.h>
#include <stdint.h>

long long lru_cache_hits(long long capacity, long long* requests, int requestsSize) {
    if (capacity <= 0 || requestsSize == 0) return 0;
    const int n = requestsSize;
    // keys -> small ids via an open-addressing table; the cache is a doubly linked list over ids
    int cap = 1;
    while (cap < 2 * n) cap <<= 1;
    const unsigned mask = (unsigned)cap - 1;
    long long* hkey = malloc(sizeof(long long) * cap);
    int* hid = malloc(sizeof(int) * cap);
    for (int i = 0; i < cap; ++i) hid[i] = -1;
    int* key = malloc(sizeof(int) * n);
    int m = 0;
    for (int i = 0; i < n; ++i) {
        const long long v = requests[i];
        unsigned h = (unsigned)(((uint64_t)v * 0x9E3779B97F4A7C15ull) >> 32) & mask;
        while (hid[h] >= 0 && hkey[h] != v) h = (h + 1) & mask;
        if (hid[h] < 0) {
            hkey[h] = v;
            hid[h] = m++;
        }
        key[i] = hid[h];
    }
    const int head = m;  // sentinel; nxt[head] is the least recent
    int* prv = malloc(sizeof(int) * (m + 1));
    int* nxt = malloc(sizeof(int) * (m + 1));
    char* in = calloc((size_t)m + 1, 1);
    prv[head] = nxt[head] = head;
    long long hits = 0, size = 0;
    for (int i = 0; i < n; ++i) {
        const int x = key[i];
        if (in[x]) {
            ++hits;
            nxt[prv[x]] = nxt[x];
            prv[nxt[x]] = prv[x];
        } else {
            in[x] = 1;
            if (size == capacity) {
                const int old = nxt[head];
                nxt[head] = nxt[old];
                prv[nxt[old]] = head;
                in[old] = 0;
            } else {
                ++size;
            }
        }
        prv[x] = prv[head];
        nxt[x] = head;
        nxt[prv[head]] = x;
        prv[head] = x;
    }
    free(hkey); free(hid); free(key); free(prv); free(nxt); free(in);
    return hits;
}
