#include <cstdint>
#include <vector>

// the reachable set shifted up by w bits; takes the bitset by value and builds a new one
static std::vector<uint64_t> shifted(std::vector<uint64_t> bits, long long w) {
    const int words = (int)bits.size();
    const int ws = (int)(w / 64), bs = (int)(w % 64);
    std::vector<uint64_t> out(words, 0);
    for (int i = ws; i < words; ++i) {
        uint64_t v = bits[i - ws] << bs;
        if (bs && i - ws - 1 >= 0) v |= bits[i - ws - 1] >> (64 - bs);
        out[i] = v;
    }
    return out;
}

long long heaviest_load_under_limit(const std::vector<long long>& parcels, long long limit) {
    const int L = (int)limit, words = L / 64 + 1;
    std::vector<uint64_t> reach(words, 0);
    reach[0] = 1;
    const uint64_t topMask = (L % 64 == 63) ? ~0ULL : ((1ULL << (L % 64 + 1)) - 1);
    const int tw = L / 64;
    const uint64_t tbit = 1ULL << (L % 64);
    for (long long w : parcels) {
        if (w > limit) continue;
        std::vector<uint64_t> moved = shifted(reach, w);
        for (int i = 0; i < words; ++i) reach[i] |= moved[i];
        reach[words - 1] &= topMask;
        if (reach[tw] & tbit) return limit;
    }
    for (int i = words - 1; i >= 0; --i)
        if (reach[i]) return 64LL * i + 63 - __builtin_clzll(reach[i]);
    return 0;
}
