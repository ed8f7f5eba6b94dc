#include <bits/stdc++.h>
using namespace std;

long long peak_concurrency(vector<vector<long long>> sessions) {
    sort(sessions.begin(), sessions.end(), [](const vector<long long>& a, const vector<long long>& b) { return a[0] < b[0]; });
    vector<long long> open_ends;
    long long best = 0;
    for (auto& p : sessions) {
        // drop everything that has closed by this start, then add this session
        vector<long long> still;
        for (long long x : open_ends)
            if (x > p[0]) still.push_back(x);
        open_ends = still;
        open_ends.push_back(p[1]);
        best = max(best, (long long)open_ends.size());
    }
    return best;
}
