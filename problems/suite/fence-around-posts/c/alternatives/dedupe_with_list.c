#include <stdlib.h>

typedef struct { long long x, y; } Pt;

#define OFFSET 1000000000LL

/* a point packed as (x + 1e9) * 2^31 + (y + 1e9): the keys sort like (x, y) */
static unsigned long long pack(long long x, long long y) {
    return ((unsigned long long)(x + OFFSET) << 31) | (unsigned long long)(y + OFFSET);
}

/* least-significant-digit radix sort of 62-bit keys, eight passes of 8 bits (insertion sort when short) */
static void sort_keys(unsigned long long* a, int n) {
    if (n < 48) { /* few keys: insertion sort beats clearing the counters */
        for (int i = 1; i < n; ++i) {
            const unsigned long long v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; --j; }
            a[j + 1] = v;
        }
        return;
    }
    unsigned long long* tmp = malloc(sizeof(unsigned long long) * (n > 0 ? n : 1));
    static int count[8][256];
    for (int d = 0; d < 8; ++d)
        for (int i = 0; i < 256; ++i) count[d][i] = 0;
    for (int i = 0; i < n; ++i)
        for (int d = 0; d < 8; ++d) ++count[d][(a[i] >> (8 * d)) & 255];
    unsigned long long* src = a;
    unsigned long long* dst = tmp;
    for (int d = 0; d < 8; ++d) {
        int sum = 0;
        for (int i = 0; i < 256; ++i) {
            const int c = count[d][i];
            count[d][i] = sum;
            sum += c;
        }
        const int shift = 8 * d;
        for (int i = 0; i < n; ++i) dst[count[d][(src[i] >> shift) & 255]++] = src[i];
        unsigned long long* t = src; src = dst; dst = t;
    }
    free(tmp); /* eight passes: the sorted keys are back in a */
}

static long long cross(Pt a, Pt b, Pt c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

long long** fence_around_posts(long long** posts, int postsSize, int* postsColSize, int* returnSize,
                               int** returnColumnSizes) {
    (void)postsColSize;
    unsigned long long* keys = malloc(sizeof(unsigned long long) * (postsSize > 0 ? postsSize : 1));
    for (int i = 0; i < postsSize; ++i) keys[i] = pack(posts[i][0], posts[i][1]);
    /* drop repeated posts by looking each one up in the list kept so far */
    int distinct = 0;
    for (int i = 0; i < postsSize; ++i) {
        int seen = 0;
        for (int j = 0; j < distinct; ++j)
            if (keys[j] == keys[i]) { seen = 1; break; }
        if (!seen) keys[distinct++] = keys[i];
    }
    sort_keys(keys, distinct);
    Pt* pts = malloc(sizeof(Pt) * (postsSize > 0 ? postsSize : 1));
    int n = 0;
    for (int i = 0; i < distinct; ++i) {
        pts[n].x = (long long)(keys[i] >> 31) - OFFSET;
        pts[n].y = (long long)(keys[i] & 0x7FFFFFFFULL) - OFFSET;
        ++n;
    }
    Pt* hull = malloc(sizeof(Pt) * (2 * n + 1));
    int k = 0;
    if (n <= 2) {
        for (int i = 0; i < n; ++i) hull[k++] = pts[i];
    } else {
        for (int i = 0; i < n; ++i) {
            while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
            hull[k++] = pts[i];
        }
        for (int i = n - 2, low = k + 1; i >= 0; --i) {
            while (k >= low && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0) --k;
            hull[k++] = pts[i];
        }
        --k; /* the first point closes the loop */
    }
    long long** out = malloc(sizeof(long long*) * (k > 0 ? k : 1));
    long long* cells = malloc(sizeof(long long) * 2 * (k > 0 ? k : 1));
    int* widths = malloc(sizeof(int) * (k > 0 ? k : 1));
    for (int i = 0; i < k; ++i) {
        out[i] = cells + 2 * i;
        out[i][0] = hull[i].x;
        out[i][1] = hull[i].y;
        widths[i] = 2;
    }
    *returnSize = k;
    *returnColumnSizes = widths;
    return out;
}
