#include <stdlib.h>

long long* jobs_doable_with_toolbox(long long bits, long long* jobs, int jobsSize, long long* toolboxes,
                                    int toolboxesSize, int* returnSize) {
    /* Sum over subsets: f[m] = number of jobs whose mask is a subset of m. */
    const int size = 1 << bits;
    long long* f = calloc((size_t)size, sizeof(long long));
    for (int i = 0; i < jobsSize; ++i) ++f[jobs[i]];
    for (int b = 0; b < bits; ++b) {
        const int step = 1 << b;
        for (int base = 0; base < size; base += step << 1)
            for (int m = base; m < base + step; ++m) f[m + step] += f[m];
    }
    long long* out = malloc(sizeof(long long) * (toolboxesSize > 0 ? toolboxesSize : 1));
    for (int i = 0; i < toolboxesSize; ++i) out[i] = f[toolboxes[i]];
    *returnSize = toolboxesSize;
    return out;
}
