#include <stdlib.h>

long long** rotate_clockwise(long long** grid, int gridSize, int* gridColSize, int* returnSize,
                             int** returnColumnSizes) {
    // Output row i is input column i read bottom-up; all output rows share one block.
    const int r = gridSize;
    if (r == 0) {
        *returnSize = 0;
        *returnColumnSizes = malloc(sizeof(int));
        return malloc(sizeof(long long*));
    }
    const int c = gridColSize[0];
    long long* cells = malloc((size_t)r * (size_t)c * sizeof *cells);
    long long** out = malloc((size_t)c * sizeof *out);
    int* sizes = malloc((size_t)c * sizeof *sizes);
    for (int i = 0; i < c; ++i) {
        out[i] = cells + (size_t)i * r;
        sizes[i] = r;
    }
    for (int j = 0; j < r; ++j) {
        const long long* row = grid[r - 1 - j];
        long long* dst = cells + j;
        for (int i = 0; i < c; ++i, dst += r) *dst = row[i];
    }
    *returnSize = c;
    *returnColumnSizes = sizes;
    return out;
}
