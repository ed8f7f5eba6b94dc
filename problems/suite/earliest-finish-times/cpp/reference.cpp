#include <tuple>
#include <vector>

std::vector<long long> earliest_finish_times(const std::vector<long long>& duration,
                                             const std::vector<std::vector<long long>>& after) {
    int n = (int)duration.size(), m = (int)after.size();
    std::vector<int> head(n + 1, 0), adj(m), indeg(n, 0);
    for (const auto& e : after) ++head[e[0] + 1], ++indeg[e[1]];
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    std::vector<int> pos(head.begin(), head.end() - 1);
    for (const auto& e : after) adj[pos[e[0]]++] = (int)e[1];
    std::vector<long long> start(n, 0), finish(n);
    std::vector<int> stack;
    stack.reserve(n);
    for (int i = 0; i < n; ++i)
        if (!indeg[i]) stack.push_back(i);
    while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        long long f = start[u] + duration[u];
        finish[u] = f;
        for (int k = head[u]; k < head[u + 1]; ++k) {
            int v = adj[k];
            if (f > start[v]) start[v] = f;
            if (--indeg[v] == 0) stack.push_back(v);
        }
    }
    return finish;
}
