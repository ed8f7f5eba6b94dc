#include <stdint.h>
#include <stdlib.h>

/* k-way merge with a binary min-heap of heads; a head is packed as
   stamp << 14 | sensor, so ties on the stamp fall to the lower sensor. */
static void sift_down(uint64_t* h, int size, int i) {
    const uint64_t v = h[i];
    for (;;) {
        int c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && h[c + 1] < h[c]) c++;
        if (h[c] >= v) break;
        h[i] = h[c];
        i = c;
    }
    h[i] = v;
}

long long* merge_order(long long** feeds, int feedsSize, int* feedsColSize, int* returnSize) {
    const int k = feedsSize;
    size_t total = 0;
    uint64_t* heap = malloc(sizeof(uint64_t) * (size_t)(k > 0 ? k : 1));
    int size = 0;
    for (int i = 0; i < k; i++) {
        total += (size_t)feedsColSize[i];
        if (feedsColSize[i] > 0) heap[size++] = (uint64_t)feeds[i][0] << 14 | (uint64_t)i;
    }
    for (int i = size / 2 - 1; i >= 0; i--) sift_down(heap, size, i);
    int* pos = calloc((size_t)(k > 0 ? k : 1), sizeof(int));
    long long* out = malloc(sizeof(long long) * (total > 0 ? total : 1));
    size_t n = 0;
    while (size > 0) {
        const int i = (int)(heap[0] & 16383u);
        out[n++] = i;
        if (++pos[i] < feedsColSize[i]) {
            heap[0] = (uint64_t)feeds[i][pos[i]] << 14 | (uint64_t)i;
        } else {
            heap[0] = heap[--size];
        }
        if (size > 0) sift_down(heap, size, 0);
    }
    free(heap);
    free(pos);
    *returnSize = (int)n;
    return out;
}
