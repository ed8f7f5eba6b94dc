#include <algorithm>
#include <tuple>
#include <vector>

std::vector<std::vector<long long>> critical_cables(long long n, const std::vector<std::vector<long long>>& cables) {
    // Bridges by an iterative Tarjan search on a CSR adjacency; the edge the search
    // arrived by is skipped by id (no parallel cables exist, but ids are exact anyway).
    const int N = (int)n, m = (int)cables.size();
    std::vector<int> start(N + 1, 0), to(2 * m), id(2 * m);
    for (const auto& c : cables) ++start[c[0] + 1], ++start[c[1] + 1];
    for (int i = 0; i < N; ++i) start[i + 1] += start[i];
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int i = 0; i < m; ++i) {
        const int a = (int)cables[i][0], b = (int)cables[i][1];
        to[fill[a]] = b, id[fill[a]++] = i;
        to[fill[b]] = a, id[fill[b]++] = i;
    }
    std::vector<int> disc(N, 0), low(N, 0), ptr(start.begin(), start.end() - 1), via(N, -1), stack;
    stack.reserve(N);
    std::vector<std::vector<long long>> bridges;
    int timer = 0;
    for (int root = 0; root < N; ++root) {
        if (disc[root]) continue;
        disc[root] = low[root] = ++timer;
        stack.push_back(root);
        while (!stack.empty()) {
            const int u = stack.back();
            if (ptr[u] < start[u + 1]) {
                const int k = ptr[u]++;
                const int v = to[k];
                if (!disc[v]) {
                    disc[v] = low[v] = ++timer;
                    via[v] = id[k];
                    stack.push_back(v);
                } else if (id[k] != via[u] && disc[v] < low[u]) {
                    low[u] = disc[v];
                }
            } else {
                stack.pop_back();
                if (!stack.empty()) {
                    const int p = stack.back();
                    if (low[u] < low[p]) low[p] = low[u];
                    if (low[u] > disc[p]) bridges.push_back({std::min(p, u), std::max(p, u)});
                }
            }
        }
    }
    std::sort(bridges.begin(), bridges.end());
    return bridges;
}
