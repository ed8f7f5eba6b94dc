#include <cstddef>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> tree_route_lengths(long long n, std::vector<std::vector<long long>> pipes,
                                          std::vector<std::vector<long long>> queries) {
    // binary lifting: O((n + q) log n)
    std::vector<std::vector<std::pair<int, long long>>> adj(n);
    for (auto& p : pipes) {
        adj[p[0]].push_back({(int)p[1], p[2]});
        adj[p[1]].push_back({(int)p[0], p[2]});
    }
    int LOG = 1;
    while ((1LL << LOG) < n) ++LOG;
    std::vector<std::vector<int>> up(LOG, std::vector<int>(n, 0));
    std::vector<int> depth(n, 0), order = {0};
    std::vector<long long> dist(n, 0);
    std::vector<bool> seen(n, false);
    seen[0] = true;
    for (size_t i = 0; i < order.size(); ++i) {
        int u = order[i];
        for (auto [v, w] : adj[u])
            if (!seen[v]) {
                seen[v] = true;
                up[0][v] = u;
                depth[v] = depth[u] + 1;
                dist[v] = dist[u] + w;
                order.push_back(v);
            }
    }
    for (int k = 1; k < LOG; ++k)
        for (int v = 0; v < n; ++v) up[k][v] = up[k - 1][up[k - 1][v]];
    std::vector<long long> out;
    for (auto& qq : queries) {
        int a = qq[0], b = qq[1];
        if (depth[a] < depth[b]) std::swap(a, b);
        int diff = depth[a] - depth[b];
        for (int k = 0; diff; ++k, diff >>= 1)
            if (diff & 1) a = up[k][a];
        if (a != b) {
            for (int k = LOG - 1; k >= 0; --k)
                if (up[k][a] != up[k][b]) a = up[k][a], b = up[k][b];
            a = up[0][a];
        }
        out.push_back(dist[qq[0]] + dist[qq[1]] - 2 * dist[a]);
    }
    return out;
}
