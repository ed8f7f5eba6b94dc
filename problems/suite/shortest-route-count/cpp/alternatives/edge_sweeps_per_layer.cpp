#include <tuple>
#include <vector>

std::vector<long long> shortest_route_count(long long n, std::vector<std::vector<long long>> roads, long long home) {
    // layer by layer, scanning every road each time: O(diameter * m)
    const long long MOD = 1000000007;
    std::vector<long long> dist(n, -1), ways(n, 0);
    dist[home] = 0;
    ways[home] = 1;
    for (long long d = 0;; ++d) {
        bool found = false;
        for (auto& r : roads) {
            for (int side = 0; side < 2; ++side) {
                long long u = r[side], v = r[1 - side];
                if (dist[u] == d && (dist[v] == -1 || dist[v] == d + 1)) {
                    if (dist[v] == -1) {
                        dist[v] = d + 1;
                        found = true;
                    }
                    ways[v] = (ways[v] + ways[u]) % MOD;
                }
            }
        }
        if (!found) break;
    }
    return ways;
}
