#include <tuple>
#include <vector>

std::vector<long long> plot_harvests(const std::vector<std::vector<long long>>& grid,
                                     const std::vector<std::vector<long long>>& plots) {
    // pre[(r+1)*W + c+1] = total of grid[0..r][0..c]; every plot is four lookups
    const int R = (int)grid.size(), C = (int)grid[0].size(), W = C + 1;
    std::vector<long long> pre((R + 1) * W, 0);
    for (int r = 0; r < R; ++r) {
        long long run = 0;
        const long long* up = &pre[r * W];
        long long* cur = &pre[(r + 1) * W];
        for (int c = 0; c < C; ++c) {
            run += grid[r][c];
            cur[c + 1] = up[c + 1] + run;
        }
    }
    std::vector<long long> out;
    out.reserve(plots.size());
    for (const auto& p : plots) {
        const long long* lo = &pre[p[0] * W];
        const long long* hi = &pre[(p[2] + 1) * W];
        out.push_back(hi[p[3] + 1] - hi[p[1]] - lo[p[3] + 1] + lo[p[1]]);
    }
    return out;
}
