#include <stdlib.h>

long long* rooms_before_repeat(long long* door, int doorSize, int* returnSize) {
    const int n = doorSize;
    /* res[v]: 0 = not reached yet, -(1 + position) while on the walk being explored,
       the answer once finished */
    long long* res = calloc((size_t)n + 1, sizeof(long long));
    int* path = malloc(sizeof(int) * (size_t)(n + 1));
    for (int start = 0; start < n; ++start) {
        if (res[start]) continue;
        int len = 0;
        int v = start;
        while (!res[v]) {
            path[len++] = v;
            res[v] = -len;
            v = (int)door[v];
        }
        int k;
        long long count;
        if (res[v] > 0) {
            k = len;
            count = res[v];
        } else {
            /* the walk closed a new cycle starting at path[-res[v] - 1] */
            k = (int)(-res[v] - 1);
            count = (long long)(len - k);
            for (int i = k; i < len; ++i) res[path[i]] = count;
        }
        for (int i = k - 1; i >= 0; --i) res[path[i]] = ++count;
    }
    free(path);
    *returnSize = n;
    return res;
}
