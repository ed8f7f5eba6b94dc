#include <string>
#include <vector>

long long largest_clear_plot(const std::vector<std::string>& field) {
    // a monotonic stack per row, but each row's column heights are recounted by walking up from scratch
    if (field.empty()) return 0;
    const int rows = (int)field.size();
    const int cols = (int)field[0].size();
    std::vector<int> height(cols + 1, 0), stack(cols + 2);
    height[cols] = -1;
    long long best = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c) {
            int h = 0;
            while (r - h >= 0 && field[r - h][c] == '.') ++h;
            height[c] = h;
        }
        int sp = 0;
        for (int c = 0; c <= cols; ++c) {
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
    return best;
}
