#include <stdlib.h>
#include <string.h>

// LSD radix sort of non-negative values below 2^33, three 11-bit digits
static void sort_u32(unsigned* a, unsigned* tmp, int n) {
    int* count = malloc(sizeof(int) * 2048);
    for (int shift = 0; shift < 33; shift += 11) {
        memset(count, 0, sizeof(int) * 2048);
        for (int i = 0; i < n; ++i) ++count[(a[i] >> shift) & 0x7FF];
        int sum = 0;
        for (int b = 0; b < 2048; ++b) {
            const int c = count[b];
            count[b] = sum;
            sum += c;
        }
        for (int i = 0; i < n; ++i) tmp[count[(a[i] >> shift) & 0x7FF]++] = a[i];
        memcpy(a, tmp, sizeof(unsigned) * (size_t)n);
    }
    free(count);
}

long long peak_concurrency(long long** sessions, int sessionsSize, int* sessionsColSize) {
    (void)sessionsColSize;
    const int n = sessionsSize;
    if (n == 0) return 0;
    unsigned* starts = malloc(sizeof(unsigned) * (size_t)n);
    unsigned* ends = malloc(sizeof(unsigned) * (size_t)n);
    unsigned* tmp = malloc(sizeof(unsigned) * (size_t)n);
    for (int i = 0; i < n; ++i) {
        starts[i] = (unsigned)sessions[i][0];
        ends[i] = (unsigned)sessions[i][1];
    }
    sort_u32(starts, tmp, n);
    sort_u32(ends, tmp, n);
    // after the i-th start, `closed` sessions have end <= that start; closed < i always
    long long best = 0;
    int closed = 0;
    for (int i = 0; i < n; ++i) {
        const unsigned s = starts[i];
        while (ends[closed] <= s) ++closed;
        if (i + 1 - closed > best) best = i + 1 - closed;
    }
    free(starts); free(ends); free(tmp);
    return best;
}
