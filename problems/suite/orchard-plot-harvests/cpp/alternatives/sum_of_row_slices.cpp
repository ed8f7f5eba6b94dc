#include <numeric>
#include <tuple>
#include <vector>

std::vector<long long> plot_harvests(std::vector<std::vector<long long>> grid, std::vector<std::vector<long long>> plots) {
    std::vector<long long> result;
    for (auto p : plots) {
        long long total = 0;
        for (long long r = p[0]; r <= p[2]; ++r)
            total += std::accumulate(grid[r].begin() + p[1], grid[r].begin() + p[3] + 1, 0LL);
        result.push_back(total);
    }
    return result;
}
