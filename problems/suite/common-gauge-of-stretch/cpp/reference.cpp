#include <numeric>
#include <tuple>
#include <vector>

std::vector<long long> common_gauge_of_stretch(const std::vector<long long>& lengths,
                                               const std::vector<std::vector<long long>>& queries) {
    // Sparse table: table[k][i] = gcd of lengths[i .. i + 2^k). gcd is idempotent, so a
    // stretch is covered by two overlapping power-of-two blocks: one gcd per query.
    const int n = (int)lengths.size();
    std::vector<std::vector<long long>> table{lengths};
    for (int half = 1; 2 * half <= n; half <<= 1) {
        const std::vector<long long>& prev = table.back();
        std::vector<long long> row(n - 2 * half + 1);
        for (int i = 0; i < (int)row.size(); ++i) row[i] = std::gcd(prev[i], prev[i + half]);
        table.push_back(std::move(row));
    }
    std::vector<long long> out;
    out.reserve(queries.size());
    for (const auto& q : queries) {
        const int lo = (int)q[0], hi = (int)q[1];
        const int k = 31 - __builtin_clz((unsigned)(hi - lo + 1));
        const std::vector<long long>& r = table[k];
        out.push_back(std::gcd(r[lo], r[hi - (1 << k) + 1]));
    }
    return out;
}
