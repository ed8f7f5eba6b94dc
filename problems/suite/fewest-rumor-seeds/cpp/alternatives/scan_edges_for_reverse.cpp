#include <bits/stdc++.h>
using namespace std;

long long fewest_rumor_seeds(long long n, vector<vector<long long>> tells) {
    // Kosaraju: finishing order on the graph, then components on the reversed graph,
    // whose predecessors are found by scanning every link.
    vector<vector<int>> graph(n);
    for (auto& e : tells) graph[e[0]].push_back(e[1]);
    vector<bool> visited(n, false);
    vector<int> order;
    for (int s = 0; s < n; s++) {
        if (visited[s]) continue;
        visited[s] = true;
        vector<pair<int, int>> st = {{s, 0}};
        while (!st.empty()) {
            auto& [node, i] = st.back();
            if (i < (int)graph[node].size()) {
                int nxt = graph[node][i++];
                if (!visited[nxt]) {
                    visited[nxt] = true;
                    st.push_back({nxt, 0});
                }
            } else {
                order.push_back(node);
                st.pop_back();
            }
        }
    }
    auto predecessors = [&](int v) {
        vector<int> res;
        for (auto& e : tells)
            if (e[1] == v) res.push_back(e[0]);
        return res;
    };
    vector<int> comp(n, -1);
    int count = 0;
    for (int k = n - 1; k >= 0; k--) {
        int s = order[k];
        if (comp[s] != -1) continue;
        comp[s] = count;
        vector<int> st = {s};
        while (!st.empty()) {
            int node = st.back();
            st.pop_back();
            for (int prev : predecessors(node))
                if (comp[prev] == -1) {
                    comp[prev] = count;
                    st.push_back(prev);
                }
        }
        count++;
    }
    vector<bool> has_incoming(count, false);
    for (auto& e : tells)
        if (comp[e[0]] != comp[e[1]]) has_incoming[comp[e[1]]] = true;
    return count_if(has_incoming.begin(), has_incoming.end(), [](bool x) { return !x; });
}
