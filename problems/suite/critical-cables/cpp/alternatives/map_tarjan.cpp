#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

struct Search {
    std::map<long long, std::vector<std::pair<long long, long long>>> adj;  // switch -> (neighbour, cable)
    std::map<long long, long long> disc, low;
    std::vector<std::vector<long long>> bridges;
    long long timer = 0;

    void dfs(long long u, long long viaCable) {
        disc[u] = low[u] = ++timer;
        for (auto [v, e] : adj[u]) {
            if (e == viaCable) continue;
            if (!disc.count(v)) {
                dfs(v, e);
                low[u] = std::min(low[u], low[v]);
                if (low[v] > disc[u]) bridges.push_back({std::min(u, v), std::max(u, v)});
            } else {
                low[u] = std::min(low[u], disc[v]);
            }
        }
    }
};

std::vector<std::vector<long long>> critical_cables(long long n, std::vector<std::vector<long long>> cables) {
    // Recursive Tarjan with the graph and the discovery times kept in std::map.
    Search s;
    for (long long i = 0; i < (long long)cables.size(); ++i) {
        s.adj[cables[i][0]].push_back({cables[i][1], i});
        s.adj[cables[i][1]].push_back({cables[i][0], i});
    }
    for (long long u = 0; u < n; ++u)
        if (!s.disc.count(u)) s.dfs(u, -1);
    std::sort(s.bridges.begin(), s.bridges.end());
    return s.bridges;
}
