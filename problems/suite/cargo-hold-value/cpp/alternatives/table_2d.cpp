#include <algorithm>
#include <tuple>
#include <vector>

long long cargo_hold_value(const std::vector<std::vector<long long>>& crates, long long capacity) {
    // Full (items + 1) x (capacity + 1) table filled cell by cell.
    size_t n = crates.size();
    std::vector<std::vector<long long>> table(n + 1, std::vector<long long>(capacity + 1, 0));
    for (size_t i = 1; i <= n; ++i) {
        long long w = crates[i - 1][0], v = crates[i - 1][1];
        for (long long c = 0; c <= capacity; ++c) {
            long long best = table[i - 1][c];
            if (w <= c && table[i - 1][c - w] + v > best) best = table[i - 1][c - w] + v;
            table[i][c] = best;
        }
    }
    return table[n][capacity];
}
