#include <bits/stdc++.h>
using namespace std;

vector<long long> earliest_finish_times(vector<long long> duration, vector<vector<long long>> after) {
    // Longest-path Bellman-Ford: relax every rule until no finish day changes.
    vector<long long> finish = duration;
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto& e : after) {
            long long a = e[0], b = e[1];
            if (finish[a] + duration[b] > finish[b]) {
                finish[b] = finish[a] + duration[b];
                changed = true;
            }
        }
    }
    return finish;
}
