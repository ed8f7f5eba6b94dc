#include <stdlib.h>

long long* jobs_doable_with_toolbox(long long bits, long long* jobs, int jobsSize, long long* toolboxes,
                                    int toolboxesSize, int* returnSize) {
    (void)bits;
    long long* out = malloc(sizeof(long long) * (toolboxesSize > 0 ? toolboxesSize : 1));
    for (int i = 0; i < toolboxesSize; ++i) {
        const long long t = toolboxes[i];
        long long count = 0;
        for (int j = 0; j < jobsSize; ++j)
            if ((jobs[j] & ~t) == 0) ++count;
        out[i] = count;
    }
    *returnSize = toolboxesSize;
    return out;
}
