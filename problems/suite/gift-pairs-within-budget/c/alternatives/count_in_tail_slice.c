#include <stdlib.h>
#include <string.h>

long long gift_pairs_within_budget(long long* prices, int pricesSize, long long budget) {
    // For each gift, copy the gifts after it and count the ones that fit the budget with it.
    long long count = 0;
    for (int i = 0; i + 1 < pricesSize; ++i) {
        const int len = pricesSize - i - 1;
        long long* tail = malloc((size_t)len * sizeof *tail);
        memcpy(tail, prices + i + 1, (size_t)len * sizeof *tail);
        for (int j = 0; j < len; ++j)
            if (prices[i] + tail[j] <= budget) ++count;
        free(tail);
    }
    return count;
}
