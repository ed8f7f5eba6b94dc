#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

static long long best_to(int r, int c, const std::vector<std::vector<long long>>& grid,
                         std::map<std::pair<int, int>, long long>& memo) {
    // most fruit on a walk from (0, 0) to (r, c), -1 if none
    auto it = memo.find({r, c});
    if (it != memo.end()) return it->second;
    long long res;
    if (grid[r][c] == -1) {
        res = -1;
    } else if (r == 0 && c == 0) {
        res = grid[0][0];
    } else {
        long long m = -1;
        if (r > 0) m = std::max(m, best_to(r - 1, c, grid, memo));
        if (c > 0) m = std::max(m, best_to(r, c - 1, grid, memo));
        res = m != -1 ? m + grid[r][c] : -1;
    }
    memo[{r, c}] = res;
    return res;
}

long long orchard_walk_most_fruit(const std::vector<std::vector<long long>>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    std::map<std::pair<int, int>, long long> memo;
    // fill row by row so the recursion stays shallow
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) best_to(r, c, grid, memo);
    return best_to(rows - 1, cols - 1, grid, memo);
}
