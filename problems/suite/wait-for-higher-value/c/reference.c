#include <stdlib.h>

long long* wait_for_higher(long long* values, int valuesSize, int* returnSize) {
    // Monotonic stack of positions still waiting (their values are non-increasing):
    // each new value answers every waiting position with a smaller value.
    const int n = valuesSize;
    long long* out = calloc((size_t)n + 1, sizeof *out);
    int* waiting = malloc(((size_t)n + 1) * sizeof *waiting);
    int sp = 0;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        while (sp && values[waiting[sp - 1]] < x) {
            const int j = waiting[--sp];
            out[j] = i - j;
        }
        waiting[sp++] = i;
    }
    free(waiting);
    *returnSize = n;
    return out;
}
