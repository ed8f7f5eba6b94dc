#include <bits/stdc++.h>
using namespace std;

vector<long long> k_nearest_indices(vector<long long> xs, vector<long long> ys, long long k) {
    int n = xs.size();
    vector<bool> taken(n, false);
    vector<long long> result;
    for (long long r = 0; r < k; r++) {
        int best = -1;
        long long best_d = 0;
        for (int i = 0; i < n; i++) {
            if (taken[i]) continue;
            long long d = xs[i] * xs[i] + ys[i] * ys[i];
            if (best < 0 || d < best_d) {
                best = i;
                best_d = d;
            }
        }
        taken[best] = true;
        result.push_back(best);
    }
    return result;
}
