#include <algorithm>
#include <tuple>
#include <vector>

long long orchard_walk_most_fruit(std::vector<std::vector<long long>> grid) {
    std::vector<std::vector<long long>> dp = grid;  // work on a copy so the input stays intact
    long long rows = dp.size(), cols = dp[0].size();
    for (long long r = 0; r < rows; ++r) {
        for (long long c = 0; c < cols; ++c) {
            if (grid[r][c] == -1) {
                dp[r][c] = -1;
                continue;
            }
            if (r == 0 && c == 0) continue;
            long long best = -1;
            if (r > 0 && dp[r - 1][c] != -1) best = std::max(best, dp[r - 1][c]);
            if (c > 0 && dp[r][c - 1] != -1) best = std::max(best, dp[r][c - 1]);
            dp[r][c] = best != -1 ? best + grid[r][c] : -1;
        }
    }
    return dp[rows - 1][cols - 1];
}
