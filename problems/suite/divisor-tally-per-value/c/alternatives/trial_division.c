#include <stdlib.h>

long long* divisor_tally_per_value(long long* values, int valuesSize, int* returnSize) {
    *returnSize = valuesSize;
    long long* out = malloc(sizeof(long long) * (valuesSize ? valuesSize : 1));
    for (int i = 0; i < valuesSize; ++i) {
        const long long v = values[i];
        long long c = 0;
        // every candidate divisor up to sqrt(v), for every value
        for (long long d = 1; d * d <= v; ++d) {
            if (v % d == 0) c += (d * d == v) ? 1 : 2;
        }
        out[i] = c;
    }
    return out;
}
