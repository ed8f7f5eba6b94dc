#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

std::vector<std::vector<long long>> critical_cables(long long n, const std::vector<std::vector<long long>>& cables) {
    // Remove each cable in turn and search for another route: O(m * (n + m)).
    std::vector<std::vector<std::pair<long long, long long>>> adj(n);
    for (long long i = 0; i < (long long)cables.size(); ++i) {
        adj[cables[i][0]].push_back({cables[i][1], i});
        adj[cables[i][1]].push_back({cables[i][0], i});
    }
    std::vector<std::vector<long long>> out;
    for (long long cut = 0; cut < (long long)cables.size(); ++cut) {
        long long a = cables[cut][0], b = cables[cut][1];
        std::vector<bool> seen(n, false);
        std::vector<long long> stack = {a};
        seen[a] = true;
        bool found = false;
        while (!stack.empty() && !found) {
            long long u = stack.back();
            stack.pop_back();
            for (auto [v, e] : adj[u]) {
                if (e == cut || seen[v]) continue;
                if (v == b) {
                    found = true;
                    break;
                }
                seen[v] = true;
                stack.push_back(v);
            }
        }
        if (!found) out.push_back({std::min(a, b), std::max(a, b)});
    }
    std::sort(out.begin(), out.end());
    return out;
}
