#include <stdlib.h>

long long* teller_assignment(long long tellers, long long* arrivals, int arrivalsSize, long long* durations,
                             int durationsSize, int* returnSize) {
    (void)durationsSize;
    int n = arrivalsSize;
    long long* freeAt = calloc((size_t)tellers, sizeof(long long));
    long long* result = malloc(sizeof(long long) * (n > 0 ? n : 1));
    long long now = 0;
    for (int i = 0; i < n; ++i) {
        if (arrivals[i] > now) now = arrivals[i];
        /* the earliest finish over every counter, found by a full scan per customer */
        long long earliest = freeAt[0];
        for (long long c = 1; c < tellers; ++c)
            if (freeAt[c] < earliest) earliest = freeAt[c];
        if (earliest > now) now = earliest;
        long long counter = 0;
        while (freeAt[counter] > now) ++counter;
        freeAt[counter] = now + durations[i];
        result[i] = counter;
    }
    free(freeAt);
    *returnSize = n;
    return result;
}
