#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> relay_latency(long long n, std::vector<std::vector<long long>> links, long long source) {
    std::vector<std::vector<std::pair<int, long long>>> adj(n);
    for (auto& e : links) adj[e[0]].push_back({(int)e[1], e[2]});
    const long long INF = (long long)1 << 62;
    std::vector<long long> dist(n, INF);
    std::vector<bool> done(n, false);
    dist[source] = 0;
    for (long long it = 0; it < n; ++it) {
        int u = -1;
        long long best = INF;
        for (int i = 0; i < n; ++i)
            if (!done[i] && dist[i] < best) {
                best = dist[i];
                u = i;
            }
        if (u == -1) break;
        done[u] = true;
        for (auto [v, t] : adj[u])
            if (best + t < dist[v]) dist[v] = best + t;
    }
    for (auto& x : dist)
        if (x == INF) x = -1;
    return dist;
}
