#include <tuple>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

std::vector<long long> relay_latency(long long n, const std::vector<std::vector<long long>>& links, long long source) {
    int N = (int)n;
    std::vector<int> head(N + 1, 0);
    for (const auto& e : links) ++head[e[0] + 1];
    for (int i = 0; i < N; ++i) head[i + 1] += head[i];
    std::vector<int> to(links.size());
    std::vector<long long> w(links.size());
    std::vector<int> pos(head.begin(), head.end() - 1);
    for (const auto& e : links) {
        int p = pos[e[0]]++;
        to[p] = (int)e[1];
        w[p] = e[2];
    }
    const long long INF = (long long)1 << 62;
    std::vector<long long> dist(N, INF);
    dist[source] = 0;
    typedef std::pair<long long, int> P;
    std::vector<P> store;
    store.reserve(links.size() + 1);
    std::priority_queue<P, std::vector<P>, std::greater<P>> pq(std::greater<P>(), std::move(store));
    pq.push({0, (int)source});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d > dist[u]) continue;
        for (int p = head[u]; p < head[u + 1]; ++p) {
            long long nd = d + w[p];
            int v = to[p];
            if (nd < dist[v]) {
                dist[v] = nd;
                pq.push({nd, v});
            }
        }
    }
    for (auto& x : dist)
        if (x == INF) x = -1;
    return dist;
}
