#include <cstddef>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> tree_route_lengths(long long n, std::vector<std::vector<long long>> pipes,
                                          std::vector<std::vector<long long>> queries) {
    // root the tree, then answer each query by climbing both valves one step at a time: O(n * q)
    std::vector<std::vector<std::pair<int, long long>>> adj(n);
    for (auto& p : pipes) {
        adj[p[0]].push_back({(int)p[1], p[2]});
        adj[p[1]].push_back({(int)p[0], p[2]});
    }
    std::vector<int> parent(n, -1), depth(n, 0), order = {0};
    std::vector<long long> dist(n, 0);
    std::vector<bool> seen(n, false);
    seen[0] = true;
    for (size_t i = 0; i < order.size(); ++i) {
        int u = order[i];
        for (auto [v, w] : adj[u])
            if (!seen[v]) {
                seen[v] = true;
                parent[v] = u;
                depth[v] = depth[u] + 1;
                dist[v] = dist[u] + w;
                order.push_back(v);
            }
    }
    std::vector<long long> out;
    for (auto& qq : queries) {
        int a = qq[0], b = qq[1];
        while (depth[a] > depth[b]) a = parent[a];
        while (depth[b] > depth[a]) b = parent[b];
        while (a != b) a = parent[a], b = parent[b];
        out.push_back(dist[qq[0]] + dist[qq[1]] - 2 * dist[a]);
    }
    return out;
}
