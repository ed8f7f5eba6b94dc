#include <bits/stdc++.h>
using namespace std;

struct Tarjan {
    map<int, vector<int>> adj;
    map<int, int> index, low, comp;
    set<int> on_stack;
    vector<int> stk;
    int counter = 0, ncomp = 0;

    void visit(int u) {
        index[u] = low[u] = ++counter;
        stk.push_back(u);
        on_stack.insert(u);
        for (int v : adj[u]) {
            if (!index.count(v)) {
                visit(v);
                low[u] = min(low[u], low[v]);
            } else if (on_stack.count(v)) {
                low[u] = min(low[u], index[v]);
            }
        }
        if (low[u] == index[u]) {
            while (true) {
                int w = stk.back();
                stk.pop_back();
                on_stack.erase(w);
                comp[w] = ncomp;
                if (w == u) break;
            }
            ncomp++;
        }
    }
};

long long fewest_rumor_seeds(long long n, vector<vector<long long>> tells) {
    Tarjan t;
    for (auto& e : tells) t.adj[e[0]].push_back(e[1]);
    for (int u = 0; u < n; u++)
        if (!t.index.count(u)) t.visit(u);
    set<int> reached;
    for (auto& e : tells)
        if (t.comp[e[0]] != t.comp[e[1]]) reached.insert(t.comp[e[1]]);
    return t.ncomp - (long long)reached.size();
}
