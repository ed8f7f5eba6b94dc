#include <stdlib.h>
#include <string.h>

/* one crate considered: a fresh copy of the row is made and returned, the old one freed */
static long long* with_crate(long long* best, int len, int w, long long v) {
    long long* next = malloc(sizeof(long long) * (size_t)len);
    memcpy(next, best, sizeof(long long) * (size_t)len);
    for (int c = w; c < len; ++c) {
        long long t = best[c - w] + v;
        if (t > next[c]) next[c] = t;
    }
    free(best);
    return next;
}

long long cargo_hold_value(long long** crates, int cratesSize, int* cratesColSize, long long capacity) {
    (void)cratesColSize;
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
        if (w > cap) continue;
        best = with_crate(best, cap + 1, w, v);
    }
    long long answer = best[cap] + bonus;
    free(best);
    return answer;
}
