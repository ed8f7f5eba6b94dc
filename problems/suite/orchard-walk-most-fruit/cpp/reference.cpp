#include <cstddef>
#include <tuple>
#include <vector>

long long orchard_walk_most_fruit(const std::vector<std::vector<long long>>& grid) {
    // best[c]: most fruit on a walk ending at column c of the current row (-1: unreachable)
    const int cols = (int)grid[0].size();
    std::vector<long long> best(cols);
    long long run = 0;
    for (int c = 0; c < cols; ++c) {
        const long long v = grid[0][c];
        run = (v < 0 || run < 0) ? -1 : run + v;
        best[c] = run;
    }
    for (std::size_t r = 1; r < grid.size(); ++r) {
        const long long* row = grid[r].data();
        long long left = -1;
        for (int c = 0; c < cols; ++c) {
            const long long v = row[c];
            if (v < 0) {
                left = -1;
            } else {
                const long long m = best[c] > left ? best[c] : left;
                left = m >= 0 ? m + v : -1;
            }
            best[c] = left;
        }
    }
    return best[cols - 1];
}
