#include <vector>

long long largest_banner(const std::vector<long long>& heights) {
    // monotonic stack of indices, but each popped bar finds its left edge by walking back over the heights
    const int n = (int)heights.size();
    std::vector<int> stack;
    long long best = 0;
    for (int i = 0; i <= n; ++i) {
        const long long h = i < n ? heights[i] : -1;
        while (!stack.empty() && heights[stack.back()] >= h) {
            const int j = stack.back();
            stack.pop_back();
            const long long top = heights[j];
            int l = j;
            while (l > 0 && heights[l - 1] >= top) --l;
            const long long area = (long long)(i - l) * top;
            if (area > best) best = area;
        }
        stack.push_back(i);
    }
    return best;
}
