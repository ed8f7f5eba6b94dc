#include <stdlib.h>

/* Min-heap helpers: free counters (int) and busy counters keyed finish << 14 | counter. */
static void push_int(int* h, int* size, int v) {
    int i = (*size)++;
    while (i > 0) {
        int p = (i - 1) >> 1;
        if (h[p] <= v) break;
        h[i] = h[p];
        i = p;
    }
    h[i] = v;
}

static int pop_int(int* h, int* size) {
    int top = h[0];
    int n = --(*size);
    int v = h[n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && h[c + 1] < h[c]) ++c;
        if (h[c] >= v) break;
        h[i] = h[c];
        i = c;
    }
    if (n > 0) h[i] = v;
    return top;
}

static void push_ll(long long* h, int* size, long long v) {
    int i = (*size)++;
    while (i > 0) {
        int p = (i - 1) >> 1;
        if (h[p] <= v) break;
        h[i] = h[p];
        i = p;
    }
    h[i] = v;
}

static long long pop_ll(long long* h, int* size) {
    long long top = h[0];
    int n = --(*size);
    long long v = h[n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && h[c + 1] < h[c]) ++c;
        if (h[c] >= v) break;
        h[i] = h[c];
        i = c;
    }
    if (n > 0) h[i] = v;
    return top;
}

long long* teller_assignment(long long tellers, long long* arrivals, int arrivalsSize, long long* durations,
                             int durationsSize, int* returnSize) {
    (void)durationsSize;
    int n = arrivalsSize;
    int m = tellers < n ? (int)tellers : n; /* at most n counters are ever used */
    long long* result = malloc(sizeof(long long) * (n > 0 ? n : 1));
    int* freeHeap = malloc(sizeof(int) * (m > 0 ? m : 1));
    long long* busy = malloc(sizeof(long long) * (m > 0 ? m : 1));
    int freeSize = m, busySize = 0;
    for (int c = 0; c < m; ++c) freeHeap[c] = c; /* ascending: already a heap */
    long long now = 0;
    for (int i = 0; i < n; ++i) {
        if (arrivals[i] > now) now = arrivals[i];
        long long limit = (now << 14) | 16383;
        while (busySize > 0 && busy[0] <= limit) push_int(freeHeap, &freeSize, (int)(pop_ll(busy, &busySize) & 16383));
        if (freeSize == 0) {
            now = busy[0] >> 14;
            limit = (now << 14) | 16383;
            while (busySize > 0 && busy[0] <= limit)
                push_int(freeHeap, &freeSize, (int)(pop_ll(busy, &busySize) & 16383));
        }
        int c = pop_int(freeHeap, &freeSize);
        result[i] = c;
        push_ll(busy, &busySize, ((now + durations[i]) << 14) | c);
    }
    free(freeHeap);
    free(busy);
    *returnSize = n;
    return result;
}
