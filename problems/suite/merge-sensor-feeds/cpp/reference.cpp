#include <functional>
#include <queue>
#include <tuple>
#include <vector>

std::vector<long long> merge_order(const std::vector<std::vector<long long>>& feeds) {
    // k-way merge with a min-heap of heads; a head is packed as stamp << 14 | sensor,
    // so ties on the stamp fall to the lower sensor index
    const int k = (int)feeds.size();
    size_t total = 0;
    std::vector<unsigned long long> heap;
    heap.reserve(k);
    for (int i = 0; i < k; ++i) {
        total += feeds[i].size();
        if (!feeds[i].empty()) heap.push_back((unsigned long long)feeds[i][0] << 14 | (unsigned)i);
    }
    std::priority_queue<unsigned long long, std::vector<unsigned long long>, std::greater<unsigned long long>> pq(
        std::greater<unsigned long long>(), std::move(heap));
    std::vector<int> pos(k, 0);
    std::vector<long long> out;
    out.reserve(total);
    while (!pq.empty()) {
        const int i = (int)(pq.top() & 16383);
        pq.pop();
        out.push_back(i);
        const std::vector<long long>& f = feeds[i];
        if (++pos[i] < (int)f.size()) pq.push((unsigned long long)f[pos[i]] << 14 | (unsigned)i);
    }
    return out;
}
