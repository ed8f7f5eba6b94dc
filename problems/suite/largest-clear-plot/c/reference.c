#include <stdlib.h>
#include <string.h>

/* Row by row, height[c] counts the free cells ending at this row; the best
   rectangle with its bottom on this row is the largest rectangle under that
   histogram, found with an increasing stack of columns. */
long long largest_clear_plot(char** field, int fieldSize) {
    if (fieldSize == 0) return 0;
    const int cols = (int)strlen(field[0]);
    int* height = calloc((size_t)cols + 1, sizeof *height);
    int* stack = malloc(((size_t)cols + 2) * sizeof *stack);
    height[cols] = -1; /* sentinel flushes the stack */
    long long best = 0;
    for (int r = 0; r < fieldSize; r++) {
        const char* row = field[r];
        for (int c = 0; c < cols; c++) height[c] = row[c] == '.' ? height[c] + 1 : 0;
        int sp = 0;
        for (int c = 0; c <= cols; c++) {
            const int h = height[c];
            while (sp && height[stack[sp - 1]] >= h) {
                const int t = height[stack[--sp]];
                const int left = sp ? stack[sp - 1] : -1;
                const long long area = (long long)t * (c - left - 1);
                if (area > best) best = area;
            }
            stack[sp++] = c;
        }
    }
    free(height);
    free(stack);
    return best;
}
