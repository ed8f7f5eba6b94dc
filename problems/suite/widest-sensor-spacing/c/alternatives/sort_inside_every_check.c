#include <stdlib.h>
#include <string.h>

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

// LSD radix sort of the sites shifted to [0, 2^31): three 11-bit digits. Returns the
// buffer that holds the result (a or tmp).
static long long* radix_sort(long long* a, long long* tmp, int n) {
    int cnt[3][2048] = {{0}};
    for (int i = 0; i < n; ++i) {
        long long v = a[i] + 1000000000LL;
        a[i] = v;
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
        int shift = 11 * d;
        for (int i = 0; i < n; ++i) tmp[cnt[d][(a[i] >> shift) & 2047]++] = a[i];
        long long* t = a;
        a = tmp;
        tmp = t;
    }
    return a;
}

// sorts a copy of the sites (shifted by 10^9 when radix-sorted): quicksort for few
// sites, radix sort for many
static long long* sorted_copy(const long long* sites, int n) {
    long long* pos = malloc(sizeof(long long) * n);
    memcpy(pos, sites, sizeof(long long) * n);
    if (n < 512) {
        sort_ll(pos, n);
        return pos;
    }
    long long* tmp = malloc(sizeof(long long) * n);
    long long* out = radix_sort(pos, tmp, n);
    free(out == pos ? tmp : pos);
    return out;
}

// greedy check on a freshly sorted copy of the sites: always jump to the leftmost
// site at least `gap` further on
static int fits(const long long* sites, int n, long long k, long long gap) {
    long long* pos = sorted_copy(sites, n);
    long long placed = 1, cur = pos[0];
    const long long limit = pos[n - 1] - gap;
    int idx = 0, ok = 0;
    while (cur <= limit) {
        // first index after idx with pos >= cur + gap (exists since cur + gap <= last)
        int lo = idx + 1, hi = n - 1;
        const long long want = cur + gap;
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (pos[mid] < want) lo = mid + 1;
            else hi = mid;
        }
        idx = lo;
        cur = pos[idx];
        if (++placed >= k) {
            ok = 1;
            break;
        }
    }
    free(pos);
    return ok;
}

long long widest_spacing(long long* sites, int sitesSize, long long k) {
    int n = sitesSize;
    long long first = sites[0], last = sites[0];
    for (int i = 1; i < n; ++i) {
        if (sites[i] < first) first = sites[i];
        if (sites[i] > last) last = sites[i];
    }
    long long lo = 1, hi = (last - first) / (k - 1);
    while (lo < hi) {
        const long long mid = (lo + hi + 1) >> 1;
        if (fits(sites, n, k, mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
