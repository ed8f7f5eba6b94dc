#include <stdlib.h>

// Depots are packed as position << 30 | charge (both below 2^30) and sorted by position:
// a quicksort for few depots, an LSD radix sort on the position bits for many.
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

// LSD radix sort by the position bits (30..59), three 10-bit digits; the order of
// charges at one position does not matter. Returns whichever buffer holds the result.
static long long* sort_by_position(long long* a, long long* tmp, int n) {
    int cnt[3][1024] = {{0}};
    for (int i = 0; i < n; ++i) {
        long long p = a[i] >> 30;
        ++cnt[0][p & 1023];
        ++cnt[1][(p >> 10) & 1023];
        ++cnt[2][p >> 20];
    }
    for (int d = 0; d < 3; ++d) {
        int sum = 0;
        for (int b = 0; b < 1024; ++b) {
            int c = cnt[d][b];
            cnt[d][b] = sum;
            sum += c;
        }
        int shift = 30 + 10 * d;
        for (int i = 0; i < n; ++i) tmp[cnt[d][(a[i] >> shift) & 1023]++] = a[i];
        long long* t = a;
        a = tmp;
        tmp = t;
    }
    return a;
}

long long rover_recharge_stops(long long goal, long long battery, long long** depots, int depotsSize,
                               int* depotsColSize) {
    (void)depotsColSize;
    // Drive as far as possible; whenever stuck, retroactively take the largest charge
    // among the depots already passed (a binary max-heap).
    int n = depotsSize;
    long long* buf1 = malloc(sizeof(long long) * (n > 0 ? n : 1));
    long long* buf2 = malloc(sizeof(long long) * (n > 0 ? n : 1));
    for (int i = 0; i < n; ++i) buf1[i] = (depots[i][0] << 30) | depots[i][1];
    long long* stops = buf1;
    if (n < 1500) sort_ll(buf1, n);
    else stops = sort_by_position(buf1, buf2, n);
    long long* heap = stops == buf1 ? buf2 : buf1;
    const long long mask = (1LL << 30) - 1;
    long long reach = battery, count = 0;
    int i = 0, h = 0;
    while (reach < goal) {
        while (i < n && (stops[i] >> 30) <= reach) {
            long long c = stops[i++] & mask;
            int k = h++;
            while (k > 0) {
                int p = (k - 1) >> 1;
                if (heap[p] >= c) break;
                heap[k] = heap[p];
                k = p;
            }
            heap[k] = c;
        }
        if (h == 0) return -1;
        reach += heap[0];
        ++count;
        // pop: move the hole at the root down to a leaf along the larger children,
        // then sift the last element up from there
        long long last = heap[--h];
        int k = 0;
        for (;;) {
            int c = 2 * k + 1;
            if (c >= h) break;
            if (c + 1 < h && heap[c + 1] > heap[c]) ++c;
            heap[k] = heap[c];
            k = c;
        }
        while (k > 0) {
            int p = (k - 1) >> 1;
            if (heap[p] >= last) break;
            heap[k] = heap[p];
            k = p;
        }
        heap[k] = last;
    }
    return count;
}
