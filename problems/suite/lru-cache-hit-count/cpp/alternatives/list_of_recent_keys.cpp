#include <algorithm>
#include <tuple>
#include <vector>

long long lru_cache_hits(long long capacity, std::vector<long long> requests) {
    std::vector<long long> cache;  // least recently used first
    long long hits = 0;
    for (long long key : requests) {
        auto it = std::find(cache.begin(), cache.end(), key);
        if (it != cache.end()) {
            ++hits;
            cache.erase(it);
            cache.push_back(key);
        } else {
            cache.push_back(key);
            if ((long long)cache.size() > capacity) cache.erase(cache.begin());
        }
    }
    return hits;
}
