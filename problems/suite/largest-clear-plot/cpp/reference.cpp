#include <string>
#include <tuple>
#include <vector>

long long largest_clear_plot(const std::vector<std::string>& field) {
    if (field.empty()) return 0;
    const int cols = (int)field[0].size();
    std::vector<int> height(cols + 1, 0), stack(cols + 2);
    height[cols] = -1;  // sentinel flushes the stack
    long long best = 0;
    for (const std::string& row : field) {
        for (int c = 0; c < cols; ++c) height[c] = row[c] == '.' ? height[c] + 1 : 0;
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
