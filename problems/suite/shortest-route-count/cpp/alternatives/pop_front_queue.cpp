#include <tuple>
#include <vector>

std::vector<long long> shortest_route_count(long long n, std::vector<std::vector<long long>> roads, long long home) {
    const long long MOD = 1000000007;
    std::vector<std::vector<int>> graph(n);
    for (auto r : roads) {
        graph[r[0]].push_back(r[1]);
        graph[r[1]].push_back(r[0]);
    }
    std::vector<long long> dist(n, -1), ways(n, 0);
    dist[home] = 0;
    ways[home] = 1;
    std::vector<int> queue = {(int)home};
    while (!queue.empty()) {
        int u = queue.front();
        queue.erase(queue.begin());
        for (int v : graph[u]) {
            if (dist[v] == -1) {
                dist[v] = dist[u] + 1;
                ways[v] = ways[u];
                queue.push_back(v);
            } else if (dist[v] == dist[u] + 1) {
                ways[v] = (ways[v] + ways[u]) % MOD;
            }
        }
    }
    return ways;
}
