#include <map>
#include <tuple>
#include <utility>
#include <vector>

long long longest_trail_length(long long n, const std::vector<std::vector<long long>>& trails) {
    std::map<long long, std::vector<std::pair<long long, long long>>> graph;
    for (const auto& t : trails) {
        graph[t[0]].push_back({t[1], t[2]});
        graph[t[1]].push_back({t[0], t[2]});
    }
    auto farthest = [&](long long start) {
        std::map<long long, long long> dist;
        dist[start] = 0;
        std::vector<long long> stack{start};
        std::pair<long long, long long> best{start, 0};
        while (!stack.empty()) {
            long long u = stack.back();
            stack.pop_back();
            if (dist[u] > best.second) best = {u, dist[u]};
            for (auto [v, w] : graph[u]) {
                if (!dist.count(v)) {
                    dist[v] = dist[u] + w;
                    stack.push_back(v);
                }
            }
        }
        return best;
    };
    return farthest(farthest(0).first).second;
}
