#include <stdlib.h>
#include <string.h>

/* Row by row, height[c] counts the free cells ending at this row; for every
   column the rectangle of that height is widened by walking left and right
   while the neighbours are at least as tall. */
long long largest_clear_plot(char** field, int fieldSize) {
    if (fieldSize == 0) return 0;
    const int cols = (int)strlen(field[0]);
    int* height = calloc((size_t)cols + 1, sizeof *height);
    long long best = 0;
    for (int r = 0; r < fieldSize; r++) {
        const char* row = field[r];
        for (int c = 0; c < cols; c++) height[c] = row[c] == '.' ? height[c] + 1 : 0;
        for (int c = 0; c < cols; c++) {
            const int h = height[c];
            if (h == 0) continue;
            int left = c, right = c;
            while (left > 0 && height[left - 1] >= h) left--;
            while (right + 1 < cols && height[right + 1] >= h) right++;
            const long long area = (long long)h * (right - left + 1);
            if (area > best) best = area;
        }
    }
    free(height);
    return best;
}
