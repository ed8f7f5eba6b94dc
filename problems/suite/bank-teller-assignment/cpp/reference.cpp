#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

std::vector<long long> teller_assignment(long long tellers, const std::vector<long long>& arrivals,
                                         const std::vector<long long>& durations) {
    const int n = (int)arrivals.size();
    const int m = (int)std::min<long long>(tellers, n);  // at most n counters are ever used
    std::vector<int> freeStore(m);
    for (int c = 0; c < m; ++c) freeStore[c] = c;  // ascending: already a min-heap
    std::priority_queue<int, std::vector<int>, std::greater<int>> freeHeap(std::greater<int>(), std::move(freeStore));
    // busy counters keyed by finish time << 14 | counter (counter < 2^14)
    std::vector<long long> busyStore;
    busyStore.reserve(m);
    std::priority_queue<long long, std::vector<long long>, std::greater<long long>> busy(std::greater<long long>(),
                                                                                        std::move(busyStore));
    std::vector<long long> result;
    result.reserve(n);
    long long now = 0;
    for (int i = 0; i < n; ++i) {
        if (arrivals[i] > now) now = arrivals[i];
        long long limit = (now << 14) | 16383;
        while (!busy.empty() && busy.top() <= limit) {
            freeHeap.push((int)(busy.top() & 16383));
            busy.pop();
        }
        if (freeHeap.empty()) {
            now = busy.top() >> 14;
            limit = (now << 14) | 16383;
            while (!busy.empty() && busy.top() <= limit) {
                freeHeap.push((int)(busy.top() & 16383));
                busy.pop();
            }
        }
        int c = freeHeap.top();
        freeHeap.pop();
        result.push_back(c);
        busy.push(((now + durations[i]) << 14) | c);
    }
    return result;
}
