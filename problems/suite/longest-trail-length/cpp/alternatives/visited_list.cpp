#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

long long longest_trail_length(long long n, std::vector<std::vector<long long>> trails) {
    std::map<long long, std::vector<std::pair<long long, long long>>> graph;
    for (long long i = 0; i < n; ++i) graph[i];
    for (auto t : trails) {
        graph[t[0]].push_back({t[1], t[2]});
        graph[t[1]].push_back({t[0], t[2]});
    }
    auto farthest = [&](long long start) {
        std::vector<long long> visited{start};
        std::vector<std::pair<long long, long long>> stack{{start, 0}};
        std::pair<long long, long long> best{start, 0};
        while (!stack.empty()) {
            auto [node, d] = stack.back();
            stack.pop_back();
            if (d > best.second) best = {node, d};
            for (auto [nb, w] : graph[node]) {
                if (std::find(visited.begin(), visited.end(), nb) == visited.end()) {
                    visited.push_back(nb);
                    stack.push_back({nb, d + w});
                }
            }
        }
        return best;
    };
    long long far = farthest(0).first;
    return farthest(far).second;
}
