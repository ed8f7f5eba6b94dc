#include <tuple>
#include <vector>

std::vector<long long> plot_harvests(const std::vector<std::vector<long long>>& grid,
                                     const std::vector<std::vector<long long>>& plots) {
    // prefix sums along each row only: one subtraction per row of the plot
    std::vector<std::vector<long long>> pre;
    for (const auto& row : grid) {
        std::vector<long long> p(row.size() + 1, 0);
        for (int c = 0; c < (int)row.size(); ++c) p[c + 1] = p[c] + row[c];
        pre.push_back(p);
    }
    std::vector<long long> result;
    result.reserve(plots.size());
    for (const auto& q : plots) {
        long long total = 0;
        for (long long r = q[0]; r <= q[2]; ++r) total += pre[r][q[3] + 1] - pre[r][q[1]];
        result.push_back(total);
    }
    return result;
}
