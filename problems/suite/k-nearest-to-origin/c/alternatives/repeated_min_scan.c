#include <stdbool.h>
#include <stdlib.h>

/* k full scans, each picking the nearest point not taken yet. */
long long* k_nearest_indices(long long* xs, int xsSize, long long* ys, int ysSize, long long k, int* returnSize) {
    (void)ysSize;
    const int n = xsSize;
    long long* out = malloc(sizeof(long long) * (size_t)(k > 0 ? k : 1));
    bool* taken = calloc((size_t)(n > 0 ? n : 1), sizeof(bool));
    for (long long t = 0; t < k; t++) {
        int best = -1;
        long long best_d = 0;
        for (int i = 0; i < n; i++) {
            if (taken[i]) continue;
            const long long d = xs[i] * xs[i] + ys[i] * ys[i];
            if (best < 0 || d < best_d) {
                best = i;
                best_d = d;
            }
        }
        taken[best] = true;
        out[t] = best;
    }
    free(taken);
    *returnSize = (int)k;
    return out;
}
