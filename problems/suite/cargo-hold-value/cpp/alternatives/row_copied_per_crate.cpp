#include <algorithm>
#include <vector>

// one crate considered: the whole row is taken by value and a fresh copy is returned
static std::vector<long long> with_crate(std::vector<long long> best, int w, long long v) {
    std::vector<long long> next = best;
    for (int c = w; c < (int)best.size(); ++c) next[c] = std::max(best[c], best[c - w] + v);
    return next;
}

long long cargo_hold_value(const std::vector<std::vector<long long>>& crates, long long capacity) {
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
        if (w > cap) continue;
        best = with_crate(best, w, v);
    }
    return best[cap] + bonus;
}
