#include <algorithm>
#include <tuple>
#include <vector>

long long courier_round_trip(const std::vector<std::vector<long long>>& cost) {
    // Try every order of the locations 1..n-1: O(n!).
    int n = cost.size();
    if (n == 1) return 0;
    std::vector<int> order;
    for (int i = 1; i < n; ++i) order.push_back(i);
    long long best = -1;
    do {
        long long total = cost[0][order[0]];
        for (int i = 0; i + 1 < (int)order.size(); ++i) total += cost[order[i]][order[i + 1]];
        total += cost[order.back()][0];
        if (best < 0 || total < best) best = total;
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}
