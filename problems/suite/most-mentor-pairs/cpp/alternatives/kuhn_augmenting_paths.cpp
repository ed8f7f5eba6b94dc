#include <tuple>
#include <vector>

static bool try_mentor(int u, const std::vector<std::vector<int>>& adj, std::vector<char>& used,
                       std::vector<int>& match_r) {
    for (int v : adj[u]) {
        if (used[v]) continue;
        used[v] = 1;
        if (match_r[v] < 0 || try_mentor(match_r[v], adj, used, match_r)) {
            match_r[v] = u;
            return true;
        }
    }
    return false;
}

long long most_mentor_pairs(long long mentors, long long students, const std::vector<std::vector<long long>>& fits) {
    // Kuhn's algorithm: one augmenting-path search per mentor, O(V * E)
    std::vector<std::vector<int>> adj(mentors);
    for (const auto& f : fits) adj[f[0]].push_back((int)f[1]);
    std::vector<int> match_r(students, -1);
    long long result = 0;
    for (int root = 0; root < mentors; ++root) {
        std::vector<char> used(students, 0);
        if (try_mentor(root, adj, used, match_r)) ++result;
    }
    return result;
}
