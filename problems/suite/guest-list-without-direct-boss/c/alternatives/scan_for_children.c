#include <stdlib.h>

long long guest_list_without_direct_boss(long long* boss, int bossSize, long long* cheer, int cheerSize) {
    (void)cheerSize;
    const int n = bossSize;
    // a BFS order from the director, processed bottom-up
    int* order = malloc(sizeof(int) * (n + 1));
    int root = 0;
    for (int i = 0; i < n; ++i)
        if (boss[i] < 0) root = i;
    int len = 0;
    order[len++] = root;
    for (int k = 0; k < len; ++k) {
        const int v = order[k];
        for (int j = 0; j < n; ++j)  // v's reports found by scanning the whole boss list
            if (boss[j] == v) order[len++] = j;
    }
    long long* take = cheer;  // the input is a copy: accumulate into it
    long long* skip = calloc((size_t)n + 1, sizeof(long long));
    for (int k = n - 1; k > 0; --k) {
        const int v = order[k], b = (int)boss[v];
        take[b] += skip[v];
        skip[b] += take[v] > skip[v] ? take[v] : skip[v];
    }
    long long best = take[root] > skip[root] ? take[root] : skip[root];
    free(order); free(skip);
    return best > 0 ? best : 0;
}
