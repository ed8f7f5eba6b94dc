#include <bits/stdc++.h>
using namespace std;

vector<long long> earliest_finish_times(vector<long long> duration, vector<vector<long long>> after) {
    int n = duration.size();
    vector<int> indegree(n, 0);
    for (auto& e : after) indegree[e[1]]++;
    vector<long long> earliest(n, 0), finish(n, 0);
    vector<int> q;
    for (int i = 0; i < n; i++)
        if (indegree[i] == 0) q.push_back(i);
    while (!q.empty()) {
        int task = q.back();
        q.pop_back();
        finish[task] = earliest[task] + duration[task];
        // find the tasks that wait for this one
        for (auto& e : after) {
            if (e[0] == task) {
                int b = e[1];
                earliest[b] = max(earliest[b], finish[task]);
                if (--indegree[b] == 0) q.push_back(b);
            }
        }
    }
    return finish;
}
