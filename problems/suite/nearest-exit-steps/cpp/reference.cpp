#include <string>
#include <tuple>
#include <vector>

std::vector<std::vector<long long>> nearest_exit_steps(const std::vector<std::string>& grid) {
    const int rows = (int)grid.size(), cols = (int)grid[0].size(), w = cols + 2;
    // padded, flattened board: -2 = blocked (shelf or border), -1 = not reached yet
    std::vector<int> dist((rows + 2) * w, -2), queue;
    queue.reserve(rows * cols);
    for (int r = 0; r < rows; ++r) {
        const int base = (r + 1) * w + 1;
        for (int c = 0; c < cols; ++c) {
            const char ch = grid[r][c];
            if (ch == '.') dist[base + c] = -1;
            else if (ch == 'E') dist[base + c] = 0, queue.push_back(base + c);
        }
    }
    // multi-source BFS from every exit at once
    for (size_t h = 0; h < queue.size(); ++h) {
        const int p = queue[h], d = dist[p] + 1;
        const int nb[4] = {p - 1, p + 1, p - w, p + w};
        for (int q : nb)
            if (dist[q] == -1) dist[q] = d, queue.push_back(q);
    }
    std::vector<std::vector<long long>> out(rows, std::vector<long long>(cols));
    for (int r = 0; r < rows; ++r) {
        const int* row = &dist[(r + 1) * w + 1];
        for (int c = 0; c < cols; ++c) out[r][c] = row[c] >= 0 ? row[c] : -1;
    }
    return out;
}
