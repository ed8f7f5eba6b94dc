#include <stdlib.h>

long long* best_streak_with_edits(long long* profits, int profitsSize, long long** operations, int operationsSize,
                                  int* operationsColSize, int* returnSize) {
    (void)profitsSize;
    (void)operationsColSize;
    /* edits applied in place; every question answered by Kadane's scan over its range */
    long long* out = malloc(sizeof(long long) * (operationsSize > 0 ? operationsSize : 1));
    int count = 0;
    for (int k = 0; k < operationsSize; ++k) {
        const long long* op = operations[k];
        if (op[0] == 0) {
            profits[op[1]] = op[2];
        } else {
            long long best = profits[op[1]], run = 0;
            for (long long d = op[1]; d <= op[2]; ++d) {
                long long v = profits[d];
                run = run + v > v ? run + v : v;
                if (run > best) best = run;
            }
            out[count++] = best;
        }
    }
    *returnSize = count;
    return out;
}
