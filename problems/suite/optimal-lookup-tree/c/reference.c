#include <stdlib.h>

long long optimal_lookup_tree(long long* counts, int countsSize) {
    /* interval DP with Knuth's monotone-root bound: O(n^2) */
    const int n = countsSize;
    if (n == 0) return 0;
    const int W = n + 1;
    long long* pre = calloc((size_t)W, sizeof(long long));
    long long* C = calloc((size_t)W * W, sizeof(long long));
    int* R = calloc((size_t)W * W, sizeof(int));
    for (int i = 0; i < n; ++i) {
        pre[i + 1] = pre[i] + counts[i];
        C[i * W + i + 1] = counts[i];
        R[i * W + i + 1] = i;
    }
    for (int d = 2; d <= n; ++d) {
        for (int i = 0, j = d; j <= n; ++i, ++j) {
            const int lo = R[i * W + j - 1], hi = R[(i + 1) * W + j];
            const long long* left = C + i * W;      /* C[i][r] */
            const long long* right = C + W + j;     /* C[r+1][j] = right[r * W] */
            long long best = -1;
            int arg = lo;
            for (int r = lo; r <= hi; ++r) {
                const long long v = left[r] + right[r * W];
                if (best < 0 || v <= best) { best = v; arg = r; }  /* keep the largest optimal root */
            }
            C[i * W + j] = best + pre[j] - pre[i];
            R[i * W + j] = arg;
        }
    }
    const long long ans = C[n];
    free(pre); free(C); free(R);
    return ans;
}
