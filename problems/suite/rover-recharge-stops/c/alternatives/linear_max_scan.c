#include <stdlib.h>

// Depots packed as position << 30 | charge (both below 2^30), sorted ascending.
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


long long rover_recharge_stops(long long goal, long long battery, long long** depots, int depotsSize,
                               int* depotsColSize) {
    (void)depotsColSize;
    // Drive as far as possible; whenever stuck, take the largest charge among the
    // depots already passed, found by scanning an unsorted array of them.
    int n = depotsSize;
    long long* stops = malloc(sizeof(long long) * (n > 0 ? n : 1));
    long long* passed = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (int i = 0; i < n; ++i) stops[i] = (depots[i][0] << 30) | depots[i][1];
    sort_ll(stops, n);
    const long long mask = (1LL << 30) - 1;
    long long reach = battery, count = 0;
    int i = 0, m = 0;
    while (reach < goal) {
        while (i < n && (stops[i] >> 30) <= reach) passed[m++] = stops[i++] & mask;
        if (m == 0) return -1;
        int best = 0;
        for (int j = 1; j < m; ++j)
            if (passed[j] > passed[best]) best = j;
        reach += passed[best];
        passed[best] = passed[--m];
        ++count;
    }
    return count;
}
