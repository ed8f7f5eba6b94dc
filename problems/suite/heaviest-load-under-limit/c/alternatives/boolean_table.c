#include <stdlib.h>

long long heaviest_load_under_limit(long long* parcels, int parcelsSize, long long limit) {
    // boolean subset-sum table, one total at a time
    const int L = (int)limit;
    char* reach = calloc((size_t)L + 1, 1);
    reach[0] = 1;
    for (int p = 0; p < parcelsSize; ++p) {
        const long long w = parcels[p];
        if (w > limit) continue;
        for (int t = L; t >= (int)w; --t)
            if (reach[t - w]) reach[t] = 1;
        if (reach[L]) break;
    }
    int best = L;
    while (!reach[best]) --best;
    free(reach);
    return best;
}
