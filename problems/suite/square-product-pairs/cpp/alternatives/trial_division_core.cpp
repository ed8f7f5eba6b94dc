#include <map>
#include <tuple>
#include <vector>

long long square_product_pairs(std::vector<long long> values) {
    std::map<long long, long long> counts;
    for (long long v : values) {
        long long core = 1;
        for (long long d = 2; d * d <= v; ++d) {
            int e = 0;
            while (v % d == 0) {
                v /= d;
                ++e;
            }
            if (e % 2 == 1) core *= d;
        }
        core *= v;
        counts[core]++;
    }
    long long total = 0;
    for (auto& kv : counts) total += kv.second * (kv.second - 1) / 2;
    return total;
}
