#include <stdlib.h>

static int find_in(const long long* a, int len, long long x) {
    for (int i = 0; i < len; i++)
        if (a[i] == x) return i;
    return len;
}

long long* rooms_before_repeat(long long* door, int doorSize, int* returnSize) {
    int n = doorSize;
    long long* result = calloc((size_t)n + 1, sizeof(long long));
    long long* path = malloc(sizeof(long long) * (size_t)(n + 1));
    for (int start = 0; start < n; start++) {
        if (result[start] != 0) continue;
        int len = 0;
        long long node = start;
        while (find_in(path, len, node) == len && result[node] == 0) {
            path[len++] = node;
            node = door[node];
        }
        int tail_end = len;
        if (result[node] == 0) {
            /* found a new cycle */
            int idx = find_in(path, len, node);
            long long cycle_len = len - idx;
            for (int i = idx; i < len; i++) result[path[i]] = cycle_len;
            tail_end = idx;
        }
        for (int i = tail_end - 1; i >= 0; i--) result[path[i]] = result[door[path[i]]] + 1;
    }
    free(path);
    *returnSize = n;
    return result;
}
