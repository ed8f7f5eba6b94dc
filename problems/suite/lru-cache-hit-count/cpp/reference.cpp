#include <tuple>
#include <unordered_map>
#include <vector>

long long lru_cache_hits(long long capacity, const std::vector<long long>& requests) {
    if (capacity <= 0) return 0;
    const int n = (int)requests.size();
    // keys -> small ids; the cache is an intrusive doubly linked list over ids
    std::unordered_map<long long, int> ids;
    ids.reserve(2 * n + 1);
    std::vector<int> key(n);
    for (int i = 0; i < n; ++i) key[i] = ids.emplace(requests[i], (int)ids.size()).first->second;
    const int m = (int)ids.size(), head = m;  // node m is the sentinel; head.nxt = least recent
    std::vector<int> prv(m + 1), nxt(m + 1);
    std::vector<char> in(m, 0);
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
        // append x as the most recent
        prv[x] = prv[head];
        nxt[x] = head;
        nxt[prv[head]] = x;
        prv[head] = x;
    }
    return hits;
}
