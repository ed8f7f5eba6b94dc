#include <stdlib.h>
#include <string.h>

/* The reference's BFS, but the queue's front is popped by shifting the rest
   of the queue down with memmove. */
long long** nearest_exit_steps(char** grid, int gridSize, int* returnSize, int** returnColumnSizes) {
    const int rows = gridSize, cols = (int)strlen(grid[0]), w = cols + 2;
    const int cells = (rows + 2) * w;
    int* dist = malloc(sizeof(int) * (size_t)cells);
    int* queue = malloc(sizeof(int) * (size_t)rows * (size_t)cols);
    for (int i = 0; i < cells; i++) dist[i] = -2;
    int len = 0;
    for (int r = 0; r < rows; r++) {
        const int base = (r + 1) * w + 1;
        for (int c = 0; c < cols; c++) {
            const char ch = grid[r][c];
            if (ch == '.') {
                dist[base + c] = -1;
            } else if (ch == 'E') {
                dist[base + c] = 0;
                queue[len++] = base + c;
            }
        }
    }
    while (len > 0) {
        const int p = queue[0];
        memmove(queue, queue + 1, sizeof(int) * (size_t)(len - 1));
        len--;
        const int d = dist[p] + 1;
        const int nb[4] = {p - 1, p + 1, p - w, p + w};
        for (int k = 0; k < 4; k++) {
            const int q = nb[k];
            if (dist[q] == -1) { dist[q] = d; queue[len++] = q; }
        }
    }
    long long** out = malloc(sizeof(long long*) * (size_t)rows);
    int* colSizes = malloc(sizeof(int) * (size_t)rows);
    for (int r = 0; r < rows; r++) {
        out[r] = malloc(sizeof(long long) * (size_t)cols);
        for (int c = 0; c < cols; c++) {
            const int v = dist[(r + 1) * w + 1 + c];
            out[r][c] = v >= 0 ? v : -1;
        }
        colSizes[r] = cols;
    }
    free(dist);
    free(queue);
    *returnSize = rows;
    *returnColumnSizes = colSizes;
    return out;
}
