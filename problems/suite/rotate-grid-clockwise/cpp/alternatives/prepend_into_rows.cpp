#include <tuple>
#include <vector>

std::vector<std::vector<long long>> rotate_clockwise(const std::vector<std::vector<long long>>& grid) {
    if (grid.empty()) return {};
    std::vector<std::vector<long long>> result(grid[0].size());
    for (const auto& row : grid)
        for (int i = 0; i < (int)row.size(); ++i)
            // each later input row goes in front of the output row
            result[i].insert(result[i].begin(), row[i]);
    return result;
}
