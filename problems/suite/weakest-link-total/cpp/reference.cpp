#include <tuple>
#include <vector>

long long weakest_link_total(const std::vector<long long>& strengths) {
    // Each piece is charged to its rightmost weakest link j, popped from an increasing
    // stack by the first i to its right with strength <= its own; the link below it is
    // the nearest strictly weaker one on the left, so j is the minimum of
    // (j - left) * (i - j) pieces.
    int n = (int)strengths.size();
    std::vector<int> stack;
    stack.reserve(n + 1);
    stack.push_back(-1);
    long long total = 0;
    for (int i = 0; i <= n; ++i) {
        long long x = i < n ? strengths[i] : -1;  // -1 flushes the stack at the end
        while (stack.back() >= 0 && strengths[stack.back()] >= x) {
            int j = stack.back();
            stack.pop_back();
            total += strengths[j] * ((long long)(j - stack.back()) * (i - j));
        }
        stack.push_back(i);
    }
    return total;
}
