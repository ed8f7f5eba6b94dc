#include <stdlib.h>

static void sort_ll(long long* a, long long* tmp, int n) {
    // merge sort
    for (int width = 1; width < n; width *= 2) {
        for (int lo = 0; lo < n; lo += 2 * width) {
            int mid = lo + width < n ? lo + width : n;
            int hi = lo + 2 * width < n ? lo + 2 * width : n;
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < hi) tmp[k++] = a[j++];
        }
        for (int i = 0; i < n; ++i) a[i] = tmp[i];
    }
}

long long peak_concurrency(long long** sessions, int sessionsSize, int* sessionsColSize) {
    (void)sessionsColSize;
    const int n = sessionsSize;
    if (n == 0) return 0;
    // sessions ordered by start (start * 2^31 + index packs both), open ends kept in a list
    long long* order = malloc(sizeof(long long) * (size_t)n);
    long long* tmp = malloc(sizeof(long long) * (size_t)n);
    for (int i = 0; i < n; ++i) order[i] = sessions[i][0] * 2147483648LL + i;
    sort_ll(order, tmp, n);
    long long* open = malloc(sizeof(long long) * (size_t)n);
    int count = 0;
    long long best = 0;
    for (int i = 0; i < n; ++i) {
        const int idx = (int)(order[i] % 2147483648LL);
        const long long s = sessions[idx][0];
        // rebuild the list of open sessions: keep those still open at s
        int kept = 0;
        for (int j = 0; j < count; ++j)
            if (open[j] > s) open[kept++] = open[j];
        count = kept;
        open[count++] = sessions[idx][1];
        if (count > best) best = count;
    }
    free(order); free(tmp); free(open);
    return best;
}
