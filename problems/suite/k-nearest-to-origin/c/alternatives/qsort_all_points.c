#include <stdlib.h>

typedef struct {
    long long dist;
    int index;
} Point;

static int by_dist_then_index(const void* x, const void* y) {
    const Point* a = x;
    const Point* b = y;
    if (a->dist != b->dist) return a->dist < b->dist ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

/* Sorts all n points with qsort to keep only the first k. */
long long* k_nearest_indices(long long* xs, int xsSize, long long* ys, int ysSize, long long k, int* returnSize) {
    (void)ysSize;
    const int n = xsSize;
    Point* pts = malloc(sizeof(Point) * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++) {
        pts[i].dist = xs[i] * xs[i] + ys[i] * ys[i];
        pts[i].index = i;
    }
    qsort(pts, (size_t)n, sizeof(Point), by_dist_then_index);
    long long* out = malloc(sizeof(long long) * (size_t)(k > 0 ? k : 1));
    for (long long i = 0; i < k; i++) out[i] = pts[i].index;
    free(pts);
    *returnSize = (int)k;
    return out;
}
