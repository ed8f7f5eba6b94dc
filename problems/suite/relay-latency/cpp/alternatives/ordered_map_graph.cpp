#include <functional>
#include <map>
#include <queue>
#include <utility>
#include <vector>

std::vector<long long> relay_latency(long long n, const std::vector<std::vector<long long>>& links, long long source) {
    // Dijkstra with a binary heap, but the links and the best times live in std::maps keyed by relay
    std::map<int, std::vector<std::pair<int, long long>>> graph;
    for (const auto& e : links) graph[(int)e[0]].push_back({(int)e[1], e[2]});
    std::map<int, long long> dist;
    dist[(int)source] = 0;
    typedef std::pair<long long, int> P;
    std::priority_queue<P, std::vector<P>, std::greater<P>> pq;
    pq.push({0, (int)source});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d > dist[u]) continue;
        auto it = graph.find(u);
        if (it == graph.end()) continue;
        for (const auto& [v, w] : it->second) {
            const long long nd = d + w;
            auto known = dist.find(v);
            if (known == dist.end() || nd < known->second) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    std::vector<long long> out(n, -1);
    for (const auto& [v, d] : dist) out[v] = d;
    return out;
}
