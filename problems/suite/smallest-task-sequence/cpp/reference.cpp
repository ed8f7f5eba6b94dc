#include <functional>
#include <queue>
#include <tuple>
#include <vector>

std::vector<long long> smallest_task_sequence(long long n, const std::vector<std::vector<long long>>& rules) {
    // Kahn's algorithm with a min-heap of ready labels.
    int N = (int)n;
    std::vector<int> head(N + 1, 0), need(N, 0);
    for (const auto& r : rules) ++head[r[0] + 1], ++need[r[1]];
    for (int i = 0; i < N; ++i) head[i + 1] += head[i];
    std::vector<int> after(rules.size());
    std::vector<int> fill(head.begin(), head.end() - 1);
    for (const auto& r : rules) after[fill[r[0]]++] = (int)r[1];
    std::vector<int> init;
    init.reserve(N);
    for (int i = 0; i < N; ++i)
        if (!need[i]) init.push_back(i);  // ascending: already a valid min-heap
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready(std::greater<int>(), std::move(init));
    std::vector<long long> order;
    order.reserve(N);
    while (!ready.empty()) {
        int u = ready.top();
        ready.pop();
        order.push_back(u);
        for (int p = head[u]; p < head[u + 1]; ++p)
            if (--need[after[p]] == 0) ready.push(after[p]);
    }
    if ((int)order.size() != N) order.clear();
    return order;
}
