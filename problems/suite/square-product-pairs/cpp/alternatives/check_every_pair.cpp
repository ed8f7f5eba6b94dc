#include <cmath>
#include <tuple>
#include <vector>

long long square_product_pairs(std::vector<long long> values) {
    long long n = values.size(), total = 0;
    for (long long i = 0; i < n; ++i)
        for (long long j = i + 1; j < n; ++j) {
            long long p = values[i] * values[j];
            long long r = (long long)std::sqrt((double)p);
            if (r * r == p || (r + 1) * (r + 1) == p) ++total;
        }
    return total;
}
