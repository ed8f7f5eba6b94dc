#include <stdlib.h>

/* For each output reading, scans the head of every feed for the smallest. */
long long* merge_order(long long** feeds, int feedsSize, int* feedsColSize, int* returnSize) {
    const int k = feedsSize;
    int total = 0;
    for (int i = 0; i < k; i++) total += feedsColSize[i];
    int* pos = calloc((size_t)(k > 0 ? k : 1), sizeof(int));
    long long* out = malloc(sizeof(long long) * (size_t)(total > 0 ? total : 1));
    for (int t = 0; t < total; t++) {
        int best = -1;
        for (int i = 0; i < k; i++) {
            if (pos[i] < feedsColSize[i] && (best < 0 || feeds[i][pos[i]] < feeds[best][pos[best]])) best = i;
        }
        out[t] = best;
        pos[best]++;
    }
    free(pos);
    *returnSize = total;
    return out;
}
