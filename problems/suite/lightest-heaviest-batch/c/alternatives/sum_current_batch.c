#include <stdlib.h>

long long min_heaviest_batch(long long* weights, int weightsSize, long long m) {
    int n = weightsSize;
    if (n == 0) return 0;
    long long total = 0, top = 0;
    for (int i = 0; i < n; i++) {
        total += weights[i];
        if (weights[i] > top) top = weights[i];
    }
    long long avg = (total + m - 1) / m;
    long long lo = top > avg ? top : avg, hi = avg + top;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        long long count = 1;
        int start = 0; /* the current batch is weights[start..i) */
        for (int i = 0; i < n; i++) {
            long long load = 0;
            for (int j = start; j < i; j++) load += weights[j];
            if (load + weights[i] > mid) {
                count++;
                start = i;
            }
        }
        if (count <= m) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
