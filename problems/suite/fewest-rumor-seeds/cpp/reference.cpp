#include <tuple>
#include <vector>

long long fewest_rumor_seeds(long long n_, const std::vector<std::vector<long long>>& tells) {
    // Iterative Tarjan SCC; a component needs a seed iff no link enters it from outside.
    const int n = (int)n_, m = (int)tells.size();
    std::vector<int> head(n + 1, 0), adj(m);
    for (const auto& e : tells) ++head[e[0] + 1];
    for (int i = 0; i < n; ++i) head[i + 1] += head[i];
    {
        std::vector<int> pos(head.begin(), head.end() - 1);
        for (const auto& e : tells) adj[pos[e[0]]++] = (int)e[1];
    }
    std::vector<int> index(n, 0), low(n, 0), comp(n, -1), ptr(head.begin(), head.end() - 1);
    std::vector<int> stack, call;
    stack.reserve(n);
    call.reserve(n);
    int counter = 0, ncomp = 0;
    for (int root = 0; root < n; ++root) {
        if (index[root]) continue;
        index[root] = low[root] = ++counter;
        stack.push_back(root);
        call.push_back(root);
        while (!call.empty()) {
            int u = call.back();
            if (ptr[u] < head[u + 1]) {
                int v = adj[ptr[u]++];
                if (!index[v]) {
                    index[v] = low[v] = ++counter;
                    stack.push_back(v);
                    call.push_back(v);
                } else if (comp[v] < 0 && index[v] < low[u]) {
                    low[u] = index[v];  // v still on the stack
                }
            } else {
                call.pop_back();
                int lu = low[u];
                if (lu == index[u]) {
                    int w;
                    do {
                        w = stack.back();
                        stack.pop_back();
                        comp[w] = ncomp;
                    } while (w != u);
                    ++ncomp;
                }
                if (!call.empty() && lu < low[call.back()]) low[call.back()] = lu;
            }
        }
    }
    std::vector<char> reached(ncomp, 0);
    for (const auto& e : tells) {
        int cb = comp[e[1]];
        if (comp[e[0]] != cb) reached[cb] = 1;
    }
    long long seeds = 0;
    for (char r : reached) seeds += !r;
    return seeds;
}
