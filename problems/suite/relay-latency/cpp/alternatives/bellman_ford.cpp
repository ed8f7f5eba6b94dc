#include <tuple>
#include <vector>

std::vector<long long> relay_latency(long long n, std::vector<std::vector<long long>> links, long long source) {
    const long long INF = (long long)1 << 62;
    std::vector<long long> dist(n, INF);
    dist[source] = 0;
    for (long long round = 0; round < (n > 1 ? n - 1 : 1); ++round) {
        bool changed = false;
        for (auto& e : links) {
            if (dist[e[0]] != INF && dist[e[0]] + e[2] < dist[e[1]]) {
                dist[e[1]] = dist[e[0]] + e[2];
                changed = true;
            }
        }
        if (!changed) break;
    }
    for (auto& x : dist)
        if (x == INF) x = -1;
    return dist;
}
