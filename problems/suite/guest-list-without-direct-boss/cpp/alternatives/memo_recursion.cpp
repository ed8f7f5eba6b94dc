#include <bits/stdc++.h>
using namespace std;

struct Party {
    vector<vector<int>> children;
    vector<long long> cheer;
    map<pair<int, bool>, long long> memo;

    long long best(int v, bool may_invite) {
        auto key = make_pair(v, may_invite);
        auto it = memo.find(key);
        if (it != memo.end()) return it->second;
        long long without = 0;
        for (int c : children[v]) without += best(c, true);
        long long result = without;
        if (may_invite) {
            long long with_v = cheer[v];
            for (int c : children[v]) with_v += best(c, false);
            result = max(with_v, without);
        }
        memo[key] = result;
        return result;
    }
};

long long guest_list_without_direct_boss(vector<long long> boss, vector<long long> cheer) {
    int n = boss.size();
    Party p;
    p.children.assign(n, {});
    p.cheer = cheer;
    int root = -1;
    for (int i = 0; i < n; i++) {
        if (boss[i] == -1) root = i;
        else p.children[boss[i]].push_back(i);
    }
    return max(p.best(root, true), 0LL);
}
