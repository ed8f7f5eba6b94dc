#include <stdlib.h>

long long* wait_for_higher(long long* values, int valuesSize, int* returnSize) {
    // Monotonic stack of waiting positions, resized with realloc on every push and pop.
    const int n = valuesSize;
    long long* out = calloc((size_t)n + 1, sizeof *out);
    int* waiting = NULL;
    int sp = 0;
    for (int i = 0; i < n; ++i) {
        const long long x = values[i];
        while (sp && values[waiting[sp - 1]] < x) {
            const int j = waiting[sp - 1];
            out[j] = i - j;
            --sp;
            waiting = realloc(waiting, (size_t)(sp + 1) * sizeof *waiting);
        }
        waiting = realloc(waiting, (size_t)(sp + 1) * sizeof *waiting);
        waiting[sp++] = i;
    }
    free(waiting);
    *returnSize = n;
    return out;
}
