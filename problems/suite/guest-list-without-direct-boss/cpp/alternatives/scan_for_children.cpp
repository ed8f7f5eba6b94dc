#include <bits/stdc++.h>
using namespace std;

long long guest_list_without_direct_boss(vector<long long> boss, vector<long long> cheer) {
    int n = boss.size();
    int root = find(boss.begin(), boss.end(), -1) - boss.begin();
    // iterative post-order; each node looks up its reports when it is expanded
    vector<long long> take(n, 0), skip(n, 0);
    vector<vector<int>> children(n);
    vector<pair<int, bool>> stack = {{root, false}};
    while (!stack.empty()) {
        auto [v, done] = stack.back();
        stack.pop_back();
        if (!done) {
            for (int i = 0; i < n; i++)
                if (boss[i] == v) children[v].push_back(i);
            stack.push_back({v, true});
            for (int c : children[v]) stack.push_back({c, false});
        } else {
            take[v] = cheer[v];
            for (int c : children[v]) {
                take[v] += skip[c];
                skip[v] += max(take[c], skip[c]);
            }
        }
    }
    return max({take[root], skip[root], 0LL});
}
