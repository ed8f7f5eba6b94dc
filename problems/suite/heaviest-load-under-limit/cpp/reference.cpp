#include <cstdint>
#include <tuple>
#include <vector>

long long heaviest_load_under_limit(const std::vector<long long>& parcels, long long limit) {
    // Bitset of reachable totals 0..limit, shifted and OR-ed in place (high words first).
    const int L = (int)limit, words = L / 64 + 1;
    std::vector<uint64_t> reach(words, 0);
    reach[0] = 1;
    const uint64_t topMask = (L % 64 == 63) ? ~0ULL : ((1ULL << (L % 64 + 1)) - 1);
    const int tw = L / 64;
    const uint64_t tbit = 1ULL << (L % 64);
    for (long long w : parcels) {
        if (w > limit) continue;
        const int ws = (int)(w / 64), bs = (int)(w % 64);
        if (bs == 0) {
            for (int i = words - 1; i >= ws; --i) reach[i] |= reach[i - ws];
        } else {
            for (int i = words - 1; i > ws; --i)
                reach[i] |= (reach[i - ws] << bs) | (reach[i - ws - 1] >> (64 - bs));
            reach[ws] |= reach[0] << bs;
        }
        reach[words - 1] &= topMask;
        if (reach[tw] & tbit) return limit;
    }
    for (int i = words - 1; i >= 0; --i)
        if (reach[i]) return 64LL * i + 63 - __builtin_clzll(reach[i]);
    return 0;
}
