#include <functional>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

long long stepping_stone_tolls(std::vector<long long> tolls, long long k) {
    long long n = tolls.size();
    if (tolls[0] < 0 || tolls[n - 1] < 0) return -1;
    std::priority_queue<std::pair<long long, long long>, std::vector<std::pair<long long, long long>>,
                        std::greater<std::pair<long long, long long>>> heap;
    heap.push({tolls[0], 0});
    long long best = -1;
    for (long long i = 1; i < n; ++i) {
        while (!heap.empty() && heap.top().second < i - k) heap.pop();
        if (tolls[i] < 0 || heap.empty()) continue;
        long long c = heap.top().first + tolls[i];
        heap.push({c, i});
        if (i == n - 1) best = c;
    }
    return n > 1 ? best : tolls[0];
}
