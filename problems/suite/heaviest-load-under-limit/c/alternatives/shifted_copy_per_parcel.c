#include <stdint.h>
#include <stdlib.h>

// returns a new bitset: src shifted left by w bits
static uint64_t* shifted_copy(const uint64_t* src, int words, long long w) {
    uint64_t* out = calloc((size_t)words, sizeof(uint64_t));
    const int ws = (int)(w / 64), bs = (int)(w % 64);
    for (int i = ws; i < words; ++i) {
        uint64_t v = src[i - ws] << bs;
        if (bs && i - ws - 1 >= 0) v |= src[i - ws - 1] >> (64 - bs);
        out[i] = v;
    }
    return out;
}

long long heaviest_load_under_limit(long long* parcels, int parcelsSize, long long limit) {
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
        // a fresh shifted copy per parcel, then OR-ed in
        uint64_t* moved = shifted_copy(reach, words, w);
        for (int i = 0; i < words; ++i) reach[i] |= moved[i];
        free(moved);
        reach[words - 1] &= topMask;
        if (reach[tw] & tbit) { best = limit; break; }
    }
    for (int i = words - 1; i >= 0 && best < 0; --i)
        if (reach[i]) best = 64LL * i + 63 - __builtin_clzll(reach[i]);
    free(reach);
    return best < 0 ? 0 : best;
}
