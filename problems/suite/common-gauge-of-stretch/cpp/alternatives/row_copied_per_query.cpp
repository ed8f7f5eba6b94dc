#include <numeric>
#include <tuple>
#include <vector>

std::vector<long long> common_gauge_of_stretch(const std::vector<long long>& lengths,
                                               const std::vector<std::vector<long long>>& queries) {
    // Sparse table of gcds over power-of-two blocks.
    long long n = lengths.size();
    std::vector<std::vector<long long>> table;
    table.push_back(lengths);
    for (long long half = 1; 2 * half <= n; half *= 2) {
        std::vector<long long> prev = table.back();
        std::vector<long long> row;
        for (long long i = 0; i + 2 * half <= n; ++i) row.push_back(std::gcd(prev[i], prev[i + half]));
        table.push_back(row);
    }
    std::vector<long long> out;
    for (auto q : queries) {
        long long lo = q[0], hi = q[1];
        long long k = 0;
        while ((2LL << k) <= hi - lo + 1) ++k;
        std::vector<long long> row = table[k];  // the whole row copied for every query
        out.push_back(std::gcd(row[lo], row[hi - (1LL << k) + 1]));
    }
    return out;
}
