#include <algorithm>
#include <tuple>
#include <vector>

long long longest_trail_length(long long n, const std::vector<std::vector<long long>>& trails) {
    const int N = (int)n;
    // adjacency in CSR form
    std::vector<int> start(N + 1, 0), to(2 * trails.size());
    std::vector<long long> wt(2 * trails.size());
    for (const auto& t : trails) ++start[t[0] + 1], ++start[t[1] + 1];
    for (int i = 0; i < N; ++i) start[i + 1] += start[i];
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (const auto& t : trails) {
        int a = (int)t[0], b = (int)t[1];
        to[fill[a]] = b, wt[fill[a]++] = t[2];
        to[fill[b]] = a, wt[fill[b]++] = t[2];
    }
    std::vector<long long> dist(N);
    std::vector<int> stack;
    stack.reserve(N);
    auto farthest = [&](int src, int& far) {
        std::fill(dist.begin(), dist.end(), -1);
        dist[src] = 0;
        stack.push_back(src);
        far = src;
        while (!stack.empty()) {
            int u = stack.back();
            stack.pop_back();
            if (dist[u] > dist[far]) far = u;
            for (int e = start[u]; e < start[u + 1]; ++e) {
                int v = to[e];
                if (dist[v] < 0) {
                    dist[v] = dist[u] + wt[e];
                    stack.push_back(v);
                }
            }
        }
        return dist[far];
    };
    int end = 0, other = 0;
    farthest(0, end);
    return farthest(end, other);
}
