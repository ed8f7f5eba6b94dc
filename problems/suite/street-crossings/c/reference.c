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

// LSD radix sort of events by their key bits (28..60), three 11-bit digits; ties in the
// key may end in any order. Returns the buffer that holds the result (a or tmp).
static long long* sort_events(long long* a, long long* tmp, int n) {
    int cnt[3][2048] = {{0}};
    for (int i = 0; i < n; ++i) {
        long long v = a[i] >> 28;
        ++cnt[0][v & 2047];
        ++cnt[1][(v >> 11) & 2047];
        ++cnt[2][v >> 22];
    }
    for (int d = 0; d < 3; ++d) {
        int sum = 0;
        for (int b = 0; b < 2048; ++b) {
            int c = cnt[d][b];
            cnt[d][b] = sum;
            sum += c;
        }
        int shift = 28 + 11 * d;
        for (int i = 0; i < n; ++i) tmp[cnt[d][(a[i] >> shift) & 2047]++] = a[i];
        long long* t = a;
        a = tmp;
        tmp = t;
    }
    return a;
}

// first index in a[0..n) with a[i] >= v (or > v when strict)
static int bound(const long long* a, int n, long long v, int strict) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) >> 1;
        if (a[mid] < v || (strict && a[mid] == v)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// Sweep x west to east. An east-west street is active from x1 to x2; a north-south
// street at x counts the active ones with y in [y1, y2]. At equal x: openings, then
// queries, then closings (segments are closed). Active y ranks live in a Fenwick tree.
// Events are sorted with a quicksort when few, an LSD radix sort on the key when many.
// An event packs (x * 3 + kind) << 28 | a << 14 | b into one integer.
long long street_crossings(long long** east_west, int east_westSize, int* east_westColSize,
                           long long** north_south, int north_southSize, int* north_southColSize) {
    (void)east_westColSize;
    (void)north_southColSize;
    if (east_westSize == 0 || north_southSize == 0) return 0;
    int ne = east_westSize, nn = north_southSize;
    long long* ys = malloc(sizeof(long long) * ne);
    for (int i = 0; i < ne; ++i) ys[i] = east_west[i][2];
    sort_ll(ys, ne);
    int m = 0;
    for (int i = 0; i < ne; ++i)
        if (m == 0 || ys[m - 1] != ys[i]) ys[m++] = ys[i];
    int ev_n = 2 * ne + nn, e = 0;
    long long* ev = malloc(sizeof(long long) * ev_n);
    for (int i = 0; i < ne; ++i) {
        long long r = bound(ys, m, east_west[i][2], 0) + 1;
        ev[e++] = ((east_west[i][0] * 3) << 28) | (r << 14);
        ev[e++] = ((east_west[i][1] * 3 + 2) << 28) | (r << 14);
    }
    for (int i = 0; i < nn; ++i) {
        long long lo = bound(ys, m, north_south[i][1], 0);
        long long hi = bound(ys, m, north_south[i][2], 1);
        ev[e++] = ((north_south[i][0] * 3 + 1) << 28) | (lo << 14) | hi;
    }
    if (ev_n < 1024) {
        sort_ll(ev, ev_n);
    } else {
        long long* tmp = malloc(sizeof(long long) * ev_n);
        ev = sort_events(ev, tmp, ev_n);
    }
    int* tree = calloc(m + 1, sizeof(int));
    long long total = 0;
    for (int i = 0; i < ev_n; ++i) {
        long long key = ev[i] >> 28;
        int a = (int)((ev[i] >> 14) & 16383), b = (int)(ev[i] & 16383);
        int kind = (int)(key % 3);
        if (kind == 1) {
            // active ranks in (a, b]
            for (; b > 0; b &= b - 1) total += tree[b];
            for (; a > 0; a &= a - 1) total -= tree[a];
        } else {
            int d = kind == 0 ? 1 : -1;
            for (; a <= m; a += a & -a) tree[a] += d;
        }
    }
    return total;
}
