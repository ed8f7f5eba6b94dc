#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> smallest_task_sequence(long long n, std::vector<std::vector<long long>> rules) {
    // Kahn's algorithm with a plain vector of ready tasks; the smallest is found with min_element
    std::vector<std::vector<long long>> after(n);
    std::vector<long long> need(n, 0);
    for (auto& r : rules) {
        after[r[0]].push_back(r[1]);
        need[r[1]]++;
    }
    std::vector<long long> ready;
    for (long long i = 0; i < n; ++i)
        if (need[i] == 0) ready.push_back(i);
    std::vector<long long> order;
    while (!ready.empty()) {
        auto it = std::min_element(ready.begin(), ready.end());
        long long u = *it;
        ready.erase(it);
        order.push_back(u);
        for (long long v : after[u])
            if (--need[v] == 0) ready.push_back(v);
    }
    if ((long long)order.size() != n) return {};
    return order;
}
