#include <bits/stdc++.h>
using namespace std;

long long largest_clear_plot(vector<string> field) {
    int rows = field.size();
    if (rows == 0) return 0;
    int cols = field[0].size();
    // run[r][c] = free cells starting at (r, c) going right
    vector<vector<long long>> run(rows, vector<long long>(cols + 1, 0));
    for (int r = 0; r < rows; r++)
        for (int c = cols - 1; c >= 0; c--)
            run[r][c] = field[r][c] == '.' ? run[r][c + 1] + 1 : 0;
    long long best = 0;
    // grow a rectangle downwards from every top-left corner
    for (int r1 = 0; r1 < rows; r1++) {
        for (int c = 0; c < cols; c++) {
            long long width = LLONG_MAX;
            for (int r2 = r1; r2 < rows; r2++) {
                width = min(width, run[r2][c]);
                if (width == 0) break;
                best = max(best, width * (r2 - r1 + 1));
            }
        }
    }
    return best;
}
