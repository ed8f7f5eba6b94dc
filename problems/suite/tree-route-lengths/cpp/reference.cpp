#include <tuple>
#include <vector>

std::vector<long long> tree_route_lengths(long long n_, const std::vector<std::vector<long long>>& pipes,
                                          const std::vector<std::vector<long long>>& queries) {
    int n = (int)n_, q = (int)queries.size();
    // adjacency and query lists in CSR form
    std::vector<int> ah(n + 1, 0), qh(n + 1, 0);
    for (const auto& p : pipes) ++ah[p[0] + 1], ++ah[p[1] + 1];
    for (const auto& qq : queries) ++qh[qq[0] + 1], ++qh[qq[1] + 1];
    for (int i = 0; i < n; ++i) ah[i + 1] += ah[i], qh[i + 1] += qh[i];
    std::vector<int> ato(ah[n]), aw(ah[n]), qto(qh[n]), qid(qh[n]);
    {
        std::vector<int> fa(ah.begin(), ah.end() - 1), fq(qh.begin(), qh.end() - 1);
        for (const auto& p : pipes) {
            int a = (int)p[0], b = (int)p[1], w = (int)p[2];
            ato[fa[a]] = b, aw[fa[a]++] = w;
            ato[fa[b]] = a, aw[fa[b]++] = w;
        }
        for (int i = 0; i < q; ++i) {
            int u = (int)queries[i][0], v = (int)queries[i][1];
            qto[fq[u]] = v, qid[fq[u]++] = i;
            qto[fq[v]] = u, qid[fq[v]++] = i;
        }
    }
    // Offline (Tarjan) LCA: an iterative DFS; a finished valve is merged into its
    // parent, so the set representative of a seen valve is the lowest open ancestor.
    std::vector<long long> ans(q, 0), dist(n, 0);
    std::vector<int> up(n), parent(n, -1), stack;
    std::vector<char> seen(n, 0);
    for (int i = 0; i < n; ++i) up[i] = i;
    stack.reserve(2 * n);
    stack.push_back(0);
    while (!stack.empty()) {
        int x = stack.back();
        stack.pop_back();
        if (x >= 0) {
            seen[x] = 1;
            long long dx = dist[x];
            for (int k = qh[x]; k < qh[x + 1]; ++k) {
                int v = qto[k];
                if (!seen[v]) continue;
                int r = v;
                while (up[r] != r) r = up[r] = up[up[r]];
                ans[qid[k]] = dx + dist[v] - 2 * dist[r];
            }
            stack.push_back(~x);
            int px = parent[x];
            for (int k = ah[x]; k < ah[x + 1]; ++k) {
                int y = ato[k];
                if (y == px) continue;
                parent[y] = x;
                dist[y] = dx + aw[k];
                stack.push_back(y);
            }
        } else {
            x = ~x;
            if (parent[x] >= 0) up[x] = parent[x];
        }
    }
    return ans;
}
