#include <stdlib.h>
#include <string.h>

/* Kadane over days[lo..hi] of a fresh copy of every day's profit. */
static long long kadane_copy(const long long* profits, int n, long long lo, long long hi) {
    long long* days = malloc(sizeof(long long) * (size_t)n);
    memcpy(days, profits, sizeof(long long) * (size_t)n);
    long long best = days[lo], run = 0;
    for (long long d = lo; d <= hi; ++d) {
        long long v = days[d];
        run = run + v > v ? run + v : v;
        if (run > best) best = run;
    }
    free(days);
    return best;
}

long long* best_streak_with_edits(long long* profits, int profitsSize, long long** operations, int operationsSize,
                                  int* operationsColSize, int* returnSize) {
    (void)operationsColSize;
    long long* out = malloc(sizeof(long long) * (operationsSize > 0 ? operationsSize : 1));
    int count = 0;
    for (int k = 0; k < operationsSize; ++k) {
        const long long* op = operations[k];
        if (op[0] == 0)
            profits[op[1]] = op[2];
        else
            out[count++] = kadane_copy(profits, profitsSize, op[1], op[2]);
    }
    *returnSize = count;
    return out;
}
