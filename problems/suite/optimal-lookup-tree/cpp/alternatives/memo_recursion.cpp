#include <tuple>
#include <vector>

static long long best_cost(int i, int j, const std::vector<long long>& pre, std::vector<std::vector<long long>>& memo) {
    // cheapest tree for keys i..j-1, trying every root
    if (i >= j) return 0;
    if (memo[i][j] >= 0) return memo[i][j];
    long long best = -1;
    for (int r = i; r < j; ++r) {
        long long v = best_cost(i, r, pre, memo) + best_cost(r + 1, j, pre, memo);
        if (best < 0 || v < best) best = v;
    }
    return memo[i][j] = best + pre[j] - pre[i];
}

long long optimal_lookup_tree(const std::vector<long long>& counts) {
    const int n = (int)counts.size();
    std::vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + counts[i];
    std::vector<std::vector<long long>> memo(n + 1, std::vector<long long>(n + 1, -1));
    return best_cost(0, n, pre, memo);
}
