#include <stdint.h>
#include <stdlib.h>

long long heaviest_load_under_limit(long long* parcels, int parcelsSize, long long limit) {
    // bitset of reachable totals 0..limit, shifted and OR-ed in place (high words first)
    const int L = (int)limit, words = L / 64 + 1;
    uint64_t* reach = calloc((size_t)words, sizeof(uint64_t));
    reach[0] = 1;
    const uint64_t topMask = (L % 64 == 63) ? ~0ULL : ((1ULL << (L % 64 + 1)) - 1);
    const int tw = L / 64;
    const uint64_t tbit = 1ULL << (L % 64);
    long long best = -1;
    for (int p = 0; p < parcelsSize; ++p) {
        const long long w = parcels[p];
        if (w > limit) continue;
        const int ws = (int)(w / 64), bs = (int)(w % 64);
        if (bs == 0) {
            for (int i = words - 1; i >= ws; --i) reach[i] |= reach[i - ws];
        } else {
            const int rs = 64 - bs;
            for (int i = words - 1; i > ws; --i)
                reach[i] |= (reach[i - ws] << bs) | (reach[i - ws - 1] >> rs);
            reach[ws] |= reach[0] << bs;
        }
        reach[words - 1] &= topMask;
        if (reach[tw] & tbit) { best = limit; break; }
    }
    for (int i = words - 1; i >= 0 && best < 0; --i)
        if (reach[i]) best = 64LL * i + 63 - __builtin_clzll(reach[i]);
    free(reach);
    return best < 0 ? 0 : best;
}
