#include <stdlib.h>

long long guest_list_without_direct_boss(long long* boss, int bossSize, long long* cheer, int cheerSize) {
    (void)cheerSize;
    const int n = bossSize;
    // children in CSR form, then a BFS order from the director, processed bottom-up
    int* head = calloc((size_t)n + 1, sizeof(int));
    int* kids = malloc(sizeof(int) * (n + 1));
    int* order = malloc(sizeof(int) * (n + 1));
    int root = 0;
    for (int i = 0; i < n; ++i) {
        if (boss[i] < 0) root = i;
        else ++head[boss[i] + 1];
    }
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    for (int i = 0; i < n; ++i) order[i] = head[i];  // fill cursors, overwritten below
    for (int i = 0; i < n; ++i)
        if (boss[i] >= 0) kids[order[boss[i]]++] = i;
    int len = 0;
    order[len++] = root;
    for (int k = 0; k < len; ++k) {
        const int v = order[k];
        for (int j = head[v]; j < head[v + 1]; ++j) order[len++] = kids[j];
    }
    long long* take = cheer;  // the input is a copy: accumulate into it
    long long* skip = calloc((size_t)n + 1, sizeof(long long));
    for (int k = n - 1; k > 0; --k) {
        const int v = order[k], b = (int)boss[v];
        take[b] += skip[v];
        skip[b] += take[v] > skip[v] ? take[v] : skip[v];
    }
    long long best = take[root] > skip[root] ? take[root] : skip[root];
    free(head); free(kids); free(order); free(skip);
    return best > 0 ? best : 0;
}
