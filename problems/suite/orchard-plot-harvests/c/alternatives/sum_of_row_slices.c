#include <stdlib.h>

long long* plot_harvests(long long** grid, int gridSize, int* gridColSize, long long** plots, int plotsSize,
                         int* plotsColSize, int* returnSize) {
    (void)gridSize;
    (void)gridColSize;
    (void)plotsColSize;
    /* adds up every cell of every plot, row by row: O(area) per plot */
    long long* out = malloc(((size_t)plotsSize + 1) * sizeof(long long));
    for (int i = 0; i < plotsSize; ++i) {
        const long long* p = plots[i];
        long long total = 0;
        for (long long r = p[0]; r <= p[2]; ++r) {
            const long long* row = grid[r];
            for (long long c = p[1]; c <= p[3]; ++c) total += row[c];
        }
        out[i] = total;
    }
    *returnSize = plotsSize;
    return out;
}
