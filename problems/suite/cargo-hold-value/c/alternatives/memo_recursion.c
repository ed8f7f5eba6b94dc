#include <stdlib.h>

/* best value from crates i.. with `room` left, memoised in a flat (n x (cap + 1)) table */
static long long best_from(int i, long long room, long long** crates, int n, long long* memo, long long width) {
    if (i == n) return 0;
    long long* got = &memo[(long long)i * width + room];
    if (*got >= 0) return *got;
    long long res = best_from(i + 1, room, crates, n, memo, width);
    if (crates[i][0] <= room) {
        long long t = crates[i][1] + best_from(i + 1, room - crates[i][0], crates, n, memo, width);
        if (t > res) res = t;
    }
    *got = res;
    return res;
}

long long cargo_hold_value(long long** crates, int cratesSize, int* cratesColSize, long long capacity) {
    (void)cratesColSize;
    long long width = capacity + 1;
    size_t cells = (size_t)cratesSize * (size_t)width;
    long long* memo = malloc(sizeof(long long) * (cells > 0 ? cells : 1));
    for (size_t k = 0; k < cells; ++k) memo[k] = -1;
    long long answer = best_from(0, capacity, crates, cratesSize, memo, width);
    free(memo);
    return answer;
}
