#include <algorithm>
#include <tuple>
#include <vector>

long long rover_recharge_stops(long long goal, long long battery, std::vector<std::vector<long long>> depots) {
    // far[j] = farthest position reachable using exactly j stops among the depots seen so far
    std::sort(depots.begin(), depots.end());
    int n = depots.size();
    std::vector<long long> far(n + 1, -1);
    far[0] = battery;
    for (int i = 0; i < n; ++i) {
        long long pos = depots[i][0], charge = depots[i][1];
        for (int j = i; j >= 0; --j)
            if (far[j] >= pos && far[j] + charge > far[j + 1]) far[j + 1] = far[j] + charge;
    }
    for (int j = 0; j <= n; ++j)
        if (far[j] >= goal) return j;
    return -1;
}
