#include <tuple>
#include <vector>

std::vector<std::vector<long long>> rotate_clockwise(std::vector<std::vector<long long>> grid) {
    int rows = grid.size();
    if (rows == 0) return {};
    int cols = grid[0].size();
    std::vector<std::vector<long long>> result;
    for (int i = 0; i < cols; ++i) {
        std::vector<long long> column;
        for (int j = 0; j < rows; ++j) {
            std::vector<long long> row = grid[rows - 1 - j];  // copies the whole row for one cell
            column.push_back(row[i]);
        }
        result.push_back(column);
    }
    return result;
}
