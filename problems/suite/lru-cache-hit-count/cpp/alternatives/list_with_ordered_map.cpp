#include <list>
#include <map>
#include <tuple>
#include <vector>

long long lru_cache_hits(long long capacity, std::vector<long long> requests) {
    if (capacity == 0) return 0;
    std::list<long long> order;  // front = least recently used
    std::map<long long, std::list<long long>::iterator> where;
    long long hits = 0;
    for (long long key : requests) {
        auto it = where.find(key);
        if (it != where.end()) {
            ++hits;
            order.erase(it->second);
        } else if ((long long)where.size() == capacity) {
            where.erase(order.front());
            order.pop_front();
        }
        order.push_back(key);
        where[key] = std::prev(order.end());
    }
    return hits;
}
