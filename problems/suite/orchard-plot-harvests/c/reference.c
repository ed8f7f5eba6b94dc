#include <stdlib.h>

long long* plot_harvests(long long** grid, int gridSize, int* gridColSize, long long** plots, int plotsSize,
                         int* plotsColSize, int* returnSize) {
    (void)plotsColSize;
    /* pre[(r+1)*W + c+1] = total of grid[0..r][0..c]; every plot is four lookups */
    const int R = gridSize, C = gridColSize[0], W = C + 1;
    long long* pre = calloc((size_t)(R + 1) * W, sizeof(long long));
    for (int r = 0; r < R; ++r) {
        long long run = 0;
        const long long* up = pre + r * W;
        long long* cur = pre + (r + 1) * W;
        const long long* row = grid[r];
        for (int c = 0; c < C; ++c) {
            run += row[c];
            cur[c + 1] = up[c + 1] + run;
        }
    }
    long long* out = malloc(((size_t)plotsSize + 1) * sizeof(long long));
    for (int i = 0; i < plotsSize; ++i) {
        const long long* p = plots[i];
        const long long* lo = pre + p[0] * W;
        const long long* hi = pre + (p[2] + 1) * W;
        out[i] = hi[p[3] + 1] - hi[p[1]] - lo[p[3] + 1] + lo[p[1]];
    }
    free(pre);
    *returnSize = plotsSize;
    return out;
}
