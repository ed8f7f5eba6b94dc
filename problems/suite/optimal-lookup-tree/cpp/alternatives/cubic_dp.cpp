#include <algorithm>
#include <tuple>
#include <vector>

long long optimal_lookup_tree(std::vector<long long> counts) {
    // classic interval DP trying every root: O(n^3)
    const int n = (int)counts.size();
    if (n == 0) return 0;
    std::vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; ++i) pre[i + 1] = pre[i] + counts[i];
    std::vector<std::vector<long long>> cost(n + 1, std::vector<long long>(n + 1, 0));
    for (int len = 1; len <= n; ++len)
        for (int i = 0; i + len <= n; ++i) {
            const int j = i + len;
            long long best = -1;
            for (int r = i; r < j; ++r) {
                long long v = cost[i][r] + cost[r + 1][j];
                if (best < 0 || v < best) best = v;
            }
            cost[i][j] = best + pre[j] - pre[i];
        }
    return cost[0][n];
}
