#include <bits/stdc++.h>
using namespace std;

long long min_heaviest_batch(vector<long long> weights, long long m) {
    int n = weights.size();
    if (n == 0) return 0;
    auto can_split = [&](long long cap) {
        long long count = 1;
        int start = 0;  // the current batch is weights[start..i)
        for (int i = 0; i < n; i++) {
            long long load = accumulate(weights.begin() + start, weights.begin() + i, 0LL);
            if (load + weights[i] > cap) {
                count++;
                start = i;
            }
        }
        return count <= m;
    };
    long long total = accumulate(weights.begin(), weights.end(), 0LL);
    long long top = *max_element(weights.begin(), weights.end());
    long long lo = max(top, (total + m - 1) / m), hi = (total + m - 1) / m + top;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (can_split(mid)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
