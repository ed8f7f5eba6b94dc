#include <stdlib.h>

long long cargo_hold_value(long long** crates, int cratesSize, int* cratesColSize, long long capacity) {
    (void)cratesColSize;
    /* 0/1 knapsack over weights: one row, updated from the top so each crate is used once. */
    const int cap = (int)capacity;
    long long* best = calloc((size_t)cap + 1, sizeof(long long));
    long long bonus = 0;
    for (int i = 0; i < cratesSize; ++i) {
        const int w = (int)crates[i][0];
        const long long v = crates[i][1];
        if (w == 0) {
            bonus += v;
            continue;
        }
        if (w > cap || v == 0) continue;
        for (int c = cap; c >= w; --c) {
            long long t = best[c - w] + v;
            if (t > best[c]) best[c] = t;
        }
    }
    long long answer = best[cap] + bonus;
    free(best);
    return answer;
}
