#include <queue>
#include <string>
#include <tuple>
#include <vector>

std::vector<std::vector<long long>> nearest_exit_steps(const std::vector<std::string>& grid) {
    // one BFS from every exit, keeping the minimum per cell: O(exits * cells)
    const int rows = (int)grid.size(), cols = (int)grid[0].size();
    std::vector<std::vector<long long>> best(rows, std::vector<long long>(cols, -1));
    const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    for (int sr = 0; sr < rows; ++sr)
        for (int sc = 0; sc < cols; ++sc) {
            if (grid[sr][sc] != 'E') continue;
            std::vector<std::vector<int>> d(rows, std::vector<int>(cols, -1));
            std::queue<std::pair<int, int>> q;
            d[sr][sc] = 0;
            q.push({sr, sc});
            while (!q.empty()) {
                auto [r, c] = q.front();
                q.pop();
                if (best[r][c] == -1 || d[r][c] < best[r][c]) best[r][c] = d[r][c];
                for (int k = 0; k < 4; ++k) {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] != '#' && d[nr][nc] < 0) {
                        d[nr][nc] = d[r][c] + 1;
                        q.push({nr, nc});
                    }
                }
            }
        }
    return best;
}
