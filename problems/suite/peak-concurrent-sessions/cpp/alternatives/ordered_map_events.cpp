#include <bits/stdc++.h>
using namespace std;

long long peak_concurrency(vector<vector<long long>> sessions) {
    // net change of open sessions at each time, in time order
    map<long long, long long> delta;
    for (auto s : sessions) {
        delta[s[0]] += 1;
        delta[s[1]] -= 1;
    }
    long long best = 0, current = 0;
    for (auto& [t, d] : delta) {
        current += d;
        best = max(best, current);
    }
    return best;
}
