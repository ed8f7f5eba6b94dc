#include <tuple>
#include <unordered_map>
#include <vector>

std::vector<long long> lfu_evictions(long long capacity, const std::vector<long long>& requests) {
    const int n = (int)requests.size();
    // node pool: one node per admission; per-count doubly linked lists, oldest first
    std::vector<long long> key(n + 1);
    std::vector<int> cnt(n + 1), prv(n + 1), nxt(n + 1);
    std::vector<int> head(n + 2, 0), tail(n + 2, 0);  // 0 = none
    std::unordered_map<long long, int> where;
    where.reserve(2 * (int)(capacity < n ? capacity : n) + 16);
    auto unlink = [&](int v) {
        const int c = cnt[v];
        if (prv[v]) nxt[prv[v]] = nxt[v]; else head[c] = nxt[v];
        if (nxt[v]) prv[nxt[v]] = prv[v]; else tail[c] = prv[v];
    };
    auto append = [&](int v) {
        const int c = cnt[v];
        prv[v] = tail[c];
        nxt[v] = 0;
        if (tail[c]) nxt[tail[c]] = v; else head[c] = v;
        tail[c] = v;
    };
    std::vector<long long> evicted;
    int used = 0, lowest = 0, size = 0;
    for (long long k : requests) {
        auto it = where.find(k);
        if (it != where.end()) {
            const int v = it->second;
            unlink(v);
            if (lowest == cnt[v] && !head[cnt[v]]) ++lowest;
            ++cnt[v];
            append(v);
            continue;
        }
        if (size == capacity) {
            const int v = head[lowest];
            unlink(v);
            where.erase(key[v]);
            evicted.push_back(key[v]);
        } else {
            ++size;
        }
        const int v = ++used;
        key[v] = k;
        cnt[v] = 1;
        append(v);
        where.emplace(k, v);
        lowest = 1;
    }
    return evicted;
}
