#include <tuple>
#include <vector>

long long stepping_stone_tolls(const std::vector<long long>& tolls, long long k) {
    // cost[i] = tolls[i] + min(cost[j], i-k <= j < i, j usable); a monotonic deque of
    // indices (array + head) keeps the window minimum at its front.
    int n = (int)tolls.size();
    if (tolls[0] < 0 || tolls[n - 1] < 0) return -1;
    std::vector<long long> cost(n);
    std::vector<int> window(n);
    int head = 0, tail = 0;
    cost[0] = tolls[0];
    window[tail++] = 0;
    for (int i = 1; i < n; ++i) {
        while (head < tail && window[head] < i - k) ++head;
        long long t = tolls[i];
        if (t < 0 || head == tail) continue;
        long long c = cost[window[head]] + t;
        cost[i] = c;
        while (tail > head && cost[window[tail - 1]] >= c) --tail;
        window[tail++] = i;
    }
    return head < tail && window[tail - 1] == n - 1 ? cost[n - 1] : -1;
}
