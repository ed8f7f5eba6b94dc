#include <stdlib.h>
#include <string.h>

/* One BFS from every exit, keeping each cell's minimum: O(exits * cells). */
long long** nearest_exit_steps(char** grid, int gridSize, int* returnSize, int** returnColumnSizes) {
    const int rows = gridSize, cols = (int)strlen(grid[0]), w = cols + 2;
    const int cells = (rows + 2) * w;
    char* open = calloc((size_t)cells, 1);
    int* best = malloc(sizeof(int) * (size_t)cells);
    int* seen = malloc(sizeof(int) * (size_t)cells);
    int* queue = malloc(sizeof(int) * (size_t)cells);
    for (int i = 0; i < cells; i++) { best[i] = -1; seen[i] = -1; }
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++)
            open[(r + 1) * w + 1 + c] = grid[r][c] != '#';
    int stamp = 0;
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
            if (grid[r][c] != 'E') continue;
            const int src = (r + 1) * w + 1 + c;
            int head = 0, tail = 0;
            queue[tail++] = src;
            seen[src] = stamp;
            best[src] = 0;
            int* d = malloc(sizeof(int) * (size_t)cells);
            d[src] = 0;
            while (head < tail) {
                const int p = queue[head++];
                const int nd = d[p] + 1;
                const int nb[4] = {p - 1, p + 1, p - w, p + w};
                for (int k = 0; k < 4; k++) {
                    const int q = nb[k];
                    if (!open[q] || seen[q] == stamp) continue;
                    seen[q] = stamp;
                    d[q] = nd;
                    if (best[q] == -1 || nd < best[q]) best[q] = nd;
                    queue[tail++] = q;
                }
            }
            free(d);
            stamp++;
        }
    }
    long long** out = malloc(sizeof(long long*) * (size_t)rows);
    int* colSizes = malloc(sizeof(int) * (size_t)rows);
    for (int r = 0; r < rows; r++) {
        out[r] = malloc(sizeof(long long) * (size_t)cols);
        for (int c = 0; c < cols; c++) out[r][c] = best[(r + 1) * w + 1 + c];
        colSizes[r] = cols;
    }
    free(open); free(best); free(seen); free(queue);
    *returnSize = rows;
    *returnColumnSizes = colSizes;
    return out;
}
