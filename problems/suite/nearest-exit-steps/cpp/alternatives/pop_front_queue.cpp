#include <string>
#include <tuple>
#include <utility>
#include <vector>

std::vector<std::vector<long long>> nearest_exit_steps(std::vector<std::string> grid) {
    long long rows = grid.size(), cols = grid[0].size();
    std::vector<std::vector<long long>> dist(rows, std::vector<long long>(cols, -1));
    std::vector<std::pair<long long, long long>> queue;
    for (long long r = 0; r < rows; ++r)
        for (long long c = 0; c < cols; ++c)
            if (grid[r][c] == 'E') {
                dist[r][c] = 0;
                queue.push_back({r, c});
            }
    const long long dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    while (!queue.empty()) {
        auto [r, c] = queue.front();
        queue.erase(queue.begin());
        for (int k = 0; k < 4; ++k) {
            long long nr = r + dr[k], nc = c + dc[k];
            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] != '#' && dist[nr][nc] == -1) {
                dist[nr][nc] = dist[r][c] + 1;
                queue.push_back({nr, nc});
            }
        }
    }
    return dist;
}
