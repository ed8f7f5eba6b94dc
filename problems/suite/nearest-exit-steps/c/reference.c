#include <stdlib.h>
#include <string.h>

/* Multi-source BFS from every exit at once on a padded, flattened board:
   -2 = blocked (shelf or border), -1 = not reached yet. */
long long** nearest_exit_steps(char** grid, int gridSize, int* returnSize, int** returnColumnSizes) {
    const int rows = gridSize, cols = (int)strlen(grid[0]), w = cols + 2;
    const int cells = (rows + 2) * w;
    int* dist = malloc(sizeof(int) * (size_t)cells);
    int* queue = malloc(sizeof(int) * (size_t)rows * (size_t)cols);
    for (int i = 0; i < cells; i++) dist[i] = -2;
    int tail = 0;
    for (int r = 0; r < rows; r++) {
        const char* line = grid[r];
        const int base = (r + 1) * w + 1;
        for (int c = 0; c < cols; c++) {
            const char ch = line[c];
            if (ch == '.') {
                dist[base + c] = -1;
            } else if (ch == 'E') {
                dist[base + c] = 0;
                queue[tail++] = base + c;
            }
        }
    }
    for (int head = 0; head < tail; head++) {
        const int p = queue[head], d = dist[p] + 1;
        if (dist[p - 1] == -1) { dist[p - 1] = d; queue[tail++] = p - 1; }
        if (dist[p + 1] == -1) { dist[p + 1] = d; queue[tail++] = p + 1; }
        if (dist[p - w] == -1) { dist[p - w] = d; queue[tail++] = p - w; }
        if (dist[p + w] == -1) { dist[p + w] = d; queue[tail++] = p + w; }
    }
    long long** out = malloc(sizeof(long long*) * (size_t)rows);
    long long* block = malloc(sizeof(long long) * (size_t)rows * (size_t)cols);
    int* colSizes = malloc(sizeof(int) * (size_t)rows);
    for (int r = 0; r < rows; r++) {
        const int* row = dist + (r + 1) * w + 1;
        long long* o = block + (size_t)r * cols;
        for (int c = 0; c < cols; c++) o[c] = row[c] >= 0 ? row[c] : -1;
        out[r] = o;
        colSizes[r] = cols;
    }
    free(dist);
    free(queue);
    *returnSize = rows;
    *returnColumnSizes = colSizes;
    return out;
}
