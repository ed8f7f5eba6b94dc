#include <stdlib.h>

long long longest_divisible_run(long long* values, int valuesSize, long long m) {
    /* first[r] = earliest prefix length whose sum is congruent to r (mod m) */
    int* first = malloc(sizeof(int) * (size_t)m);
    for (long long r = 0; r < m; ++r) first[r] = -1;
    first[0] = 0;
    long long total = 0;
    int best = 0;
    for (int j = 1; j <= valuesSize; ++j) {
        total = (total + values[j - 1]) % m;
        if (total < 0) total += m;
        int f = first[total];
        if (f < 0) first[total] = j;
        else if (j - f > best) best = j - f;
    }
    free(first);
    return best;
}
