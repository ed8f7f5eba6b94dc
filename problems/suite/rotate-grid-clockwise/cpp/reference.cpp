#include <tuple>
#include <vector>

std::vector<std::vector<long long>> rotate_clockwise(const std::vector<std::vector<long long>>& grid) {
    int r = (int)grid.size();
    if (r == 0) return {};
    int c = (int)grid[0].size();
    std::vector<std::vector<long long>> out(c, std::vector<long long>(r));
    for (int j = 0; j < r; ++j) {
        const long long* row = grid[r - 1 - j].data();
        for (int i = 0; i < c; ++i) out[i][j] = row[i];
    }
    return out;
}
