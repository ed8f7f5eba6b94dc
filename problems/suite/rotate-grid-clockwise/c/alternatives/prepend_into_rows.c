#include <stdlib.h>
#include <string.h>

long long** rotate_clockwise(long long** grid, int gridSize, int* gridColSize, int* returnSize,
                             int** returnColumnSizes) {
    // Walk the input rows top to bottom and put each value in front of its output row,
    // shifting the row right by one with memmove: O(r^2 c).
    const int r = gridSize;
    if (r == 0) {
        *returnSize = 0;
        *returnColumnSizes = malloc(sizeof(int));
        return malloc(sizeof(long long*));
    }
    const int c = gridColSize[0];
    long long** out = malloc((size_t)c * sizeof *out);
    int* sizes = malloc((size_t)c * sizeof *sizes);
    for (int i = 0; i < c; ++i) {
        out[i] = malloc((size_t)r * sizeof **out);
        sizes[i] = 0;
    }
    for (int j = 0; j < r; ++j) {
        for (int i = 0; i < c; ++i) {
            memmove(out[i] + 1, out[i], (size_t)sizes[i] * sizeof **out);
            out[i][0] = grid[j][i];
            ++sizes[i];
        }
    }
    *returnSize = c;
    *returnColumnSizes = sizes;
    return out;
}
