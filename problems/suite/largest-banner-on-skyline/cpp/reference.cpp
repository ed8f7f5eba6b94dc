#include <tuple>
#include <vector>

long long largest_banner(const std::vector<long long>& heights) {
    const int n = (int)heights.size();
    std::vector<int> start(n + 1);
    std::vector<long long> top(n + 1);
    int sp = 0;
    long long best = 0;
    for (int i = 0; i <= n; ++i) {
        const long long h = i < n ? heights[i] : -1;
        int s = i;
        while (sp && top[sp - 1] >= h) {
            --sp;
            const long long area = (long long)(i - start[sp]) * top[sp];
            if (area > best) best = area;
            s = start[sp];
        }
        start[sp] = s;
        top[sp++] = h;
    }
    return best;
}
