#include <numeric>
#include <tuple>
#include <vector>

long long optimal_lookup_tree(const std::vector<long long>& counts) {
    // interval DP with Knuth's monotone-root bound: O(n^2)
    const int n = (int)counts.size();
    if (n == 0) return 0;
    const int W = n + 1;
    std::vector<long long> pre(W, 0), C(W * W, 0);
    std::vector<int> R(W * W, 0);
    for (int i = 0; i < n; ++i) {
        pre[i + 1] = pre[i] + counts[i];
        C[i * W + i + 1] = counts[i];
        R[i * W + i + 1] = i;
    }
    for (int d = 2; d <= n; ++d) {
        for (int i = 0, j = d; j <= n; ++i, ++j) {
            const int lo = R[i * W + j - 1], hi = R[(i + 1) * W + j];
            long long best = -1;
            int arg = lo;
            for (int r = lo; r <= hi; ++r) {
                // C[i][r] + C[r+1][j]
                const long long v = C[i * W + r] + C[(r + 1) * W + j];
                if (best < 0 || v <= best) best = v, arg = r;  // keep the largest optimal root
            }
            C[i * W + j] = best + std::accumulate(counts.begin() + i, counts.begin() + j, 0LL);  // weight summed afresh
            R[i * W + j] = arg;
        }
    }
    return C[n];
}
