#include <algorithm>
#include <tuple>
#include <vector>

long long cargo_hold_value(const std::vector<std::vector<long long>>& crates, long long capacity) {
    // 0/1 knapsack over weights: one row, updated from the top so each crate is used once.
    const int cap = (int)capacity;
    std::vector<long long> best(cap + 1, 0);
    long long bonus = 0;
    for (const auto& crate : crates) {
        const int w = (int)crate[0];
        const long long v = crate[1];
        if (w == 0) {
            bonus += v;
            continue;
        }
        if (w > cap || v == 0) continue;
        long long* b = best.data();
        for (int c = cap; c >= w; --c) b[c] = std::max(b[c], b[c - w] + v);
    }
    return best[cap] + bonus;
}
