#include <stdlib.h>
#include <string.h>

long long lru_cache_hits(long long capacity, long long* requests, int requestsSize) {
    if (capacity <= 0) return 0;
    // the cache as an array from least to most recent: linear search, memmove to remove
    long long* cache = malloc(sizeof(long long) * ((size_t)capacity + 1));
    int size = 0;
    long long hits = 0;
    for (int i = 0; i < requestsSize; ++i) {
        const long long k = requests[i];
        int pos = -1;
        for (int j = 0; j < size; ++j) {
            if (cache[j] == k) { pos = j; break; }
        }
        if (pos >= 0) {
            ++hits;
            memmove(cache + pos, cache + pos + 1, sizeof(long long) * (size_t)(size - pos - 1));
            cache[size - 1] = k;
        } else {
            if (size == capacity) {
                memmove(cache, cache + 1, sizeof(long long) * (size_t)(size - 1));
                cache[size - 1] = k;
            } else {
                cache[size++] = k;
            }
        }
    }
    free(cache);
    return hits;
}
