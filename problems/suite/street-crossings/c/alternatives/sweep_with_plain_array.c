#include <stdlib.h>

static void sort_ll(long long* a, int n) {
    while (n > 16) {
        long long x = a[0], y = a[n >> 1], z = a[n - 1], p;
        if (x < y) p = y < z ? y : (x < z ? z : x);
        else p = x < z ? x : (y < z ? z : y);
        int i = 0, j = n - 1;
        for (;;) {
            while (a[i] < p) ++i;
            while (a[j] > p) --j;
            if (i >= j) break;
            long long t = a[i]; a[i] = a[j]; a[j] = t;
            ++i; --j;
        }
        // a[0..j] <= p <= a[j+1..n-1]; recurse on the smaller side
        int left = j + 1;
        if (left < n - left) {
            sort_ll(a, left);
            a += left; n -= left;
        } else {
            sort_ll(a + left, n - left);
            n = left;
        }
    }
    for (int i = 1; i < n; ++i) {
        long long v = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; --j; }
        a[j + 1] = v;
    }
}

// Sweep x west to east. An east-west street is active from x1 to x2; a north-south
// street at x counts the active ones with y in [y1, y2]. At equal x: openings, then
// queries, then closings (segments are closed). The active y's sit in an unsorted
// array that every query scans in full.
// An event packs (x * 3 + kind) << 31 | y-or-index into one integer.
long long street_crossings(long long** east_west, int east_westSize, int* east_westColSize,
                           long long** north_south, int north_southSize, int* north_southColSize) {
    (void)east_westColSize;
    (void)north_southColSize;
    if (east_westSize == 0 || north_southSize == 0) return 0;
    int ne = east_westSize, nn = north_southSize;
    int ev_n = 2 * ne + nn, e = 0;
    long long* ev = malloc(sizeof(long long) * ev_n);
    for (int i = 0; i < ne; ++i) {
        ev[e++] = ((east_west[i][0] * 3) << 31) | east_west[i][2];
        ev[e++] = ((east_west[i][1] * 3 + 2) << 31) | east_west[i][2];
    }
    for (int i = 0; i < nn; ++i) ev[e++] = ((north_south[i][0] * 3 + 1) << 31) | i;
    sort_ll(ev, ev_n);
    long long* active = malloc(sizeof(long long) * ne);
    int cnt = 0;
    long long total = 0;
    for (int i = 0; i < ev_n; ++i) {
        int kind = (int)((ev[i] >> 31) % 3);
        long long v = ev[i] & ((1LL << 31) - 1);
        if (kind == 1) {
            long long y1 = north_south[v][1], y2 = north_south[v][2];
            for (int j = 0; j < cnt; ++j)
                if (active[j] >= y1 && active[j] <= y2) ++total;
        } else if (kind == 0) {
            active[cnt++] = v;
        } else {
            int j = 0;
            while (active[j] != v) ++j;
            active[j] = active[--cnt];
        }
    }
    return total;
}
