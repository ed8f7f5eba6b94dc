#include <tuple>
#include <vector>

std::vector<long long> shortest_route_count(long long n, const std::vector<std::vector<long long>>& roads, long long home) {
    const long long MOD = 1000000007;
    int N = (int)n;
    std::vector<int> head(N + 1, 0);
    for (const auto& r : roads) ++head[r[0] + 1], ++head[r[1] + 1];
    for (int i = 0; i < N; ++i) head[i + 1] += head[i];
    std::vector<int> adj(2 * roads.size());
    std::vector<int> fill(head.begin(), head.end() - 1);
    for (const auto& r : roads) {
        adj[fill[r[0]]++] = (int)r[1];
        adj[fill[r[1]]++] = (int)r[0];
    }
    std::vector<int> dist(N, -1), queue(N);
    std::vector<long long> count(N, 0);
    dist[home] = 0;
    count[home] = 1;
    int qh = 0, qt = 0;
    queue[qt++] = (int)home;
    while (qh < qt) {
        int u = queue[qh++];
        long long cu = count[u] % MOD;  // all contributions to u are in once u is dequeued
        count[u] = cu;
        int du = dist[u] + 1;
        for (int p = head[u]; p < head[u + 1]; ++p) {
            int v = adj[p];
            if (dist[v] < 0) {
                dist[v] = du;
                count[v] = cu;
                queue[qt++] = v;
            } else if (dist[v] == du) {
                count[v] += cu;
            }
        }
    }
    return count;
}
