#include <map>
#include <utility>
#include <vector>

std::vector<long long> tree_route_lengths(long long n_, const std::vector<std::vector<long long>>& pipes,
                                          const std::vector<std::vector<long long>>& queries) {
    // offline Tarjan LCA as in the reference, but the pipes and the queries of each valve
    // are kept in std::maps keyed by valve
    int n = (int)n_, q = (int)queries.size();
    std::map<int, std::vector<std::pair<int, int>>> adj;    // valve -> (neighbour, length)
    std::map<int, std::vector<std::pair<int, int>>> asked;  // valve -> (other valve, query index)
    for (const auto& p : pipes) {
        int a = (int)p[0], b = (int)p[1], w = (int)p[2];
        adj[a].push_back({b, w});
        adj[b].push_back({a, w});
    }
    for (int i = 0; i < q; ++i) {
        int u = (int)queries[i][0], v = (int)queries[i][1];
        asked[u].push_back({v, i});
        asked[v].push_back({u, i});
    }
    std::vector<long long> ans(q, 0), dist(n, 0);
    std::vector<int> up(n), parent(n, -1), stack;
    std::vector<char> seen(n, 0);
    for (int i = 0; i < n; ++i) up[i] = i;
    stack.push_back(0);
    while (!stack.empty()) {
        int x = stack.back();
        stack.pop_back();
        if (x >= 0) {
            seen[x] = 1;
            long long dx = dist[x];
            for (const auto& [v, id] : asked[x]) {
                if (!seen[v]) continue;
                int r = v;
                while (up[r] != r) r = up[r] = up[up[r]];
                ans[id] = dx + dist[v] - 2 * dist[r];
            }
            stack.push_back(~x);
            int px = parent[x];
            for (const auto& [y, w] : adj[x]) {
                if (y == px) continue;
                parent[y] = x;
                dist[y] = dx + w;
                stack.push_back(y);
            }
        } else {
            x = ~x;
            if (parent[x] >= 0) up[x] = parent[x];
        }
    }
    return ans;
}
