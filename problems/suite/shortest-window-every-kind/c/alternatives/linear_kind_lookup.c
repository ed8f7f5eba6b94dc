#include <stdlib.h>

long long shortest_covering_window(long long* values, int valuesSize) {
    int n = valuesSize;
    if (n == 0) return 0;
    /* distinct values seen so far, each found again by a linear search */
    long long* kinds = malloc(sizeof(long long) * (size_t)n);
    int* a = malloc(sizeof(int) * (size_t)n);
    int need = 0;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < need && kinds[k] != values[i]) k++;
        if (k == need) kinds[need++] = values[i];
        a[i] = k;
    }
    int* counts = calloc((size_t)need, sizeof(int));
    int have = 0, best = n, left = 0;
    for (int right = 0; right < n; right++) {
        if (counts[a[right]]++ == 0) have++;
        if (have < need) continue;
        while (counts[a[left]] > 1) counts[a[left++]]--;
        if (right - left + 1 < best) best = right - left + 1;
    }
    free(kinds);
    free(counts);
    free(a);
    return best;
}
