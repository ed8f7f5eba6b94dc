#include <bits/stdc++.h>
using namespace std;

bool fits(vector<long long> sites, long long k, long long gap) {
    sort(sites.begin(), sites.end());
    long long placed = 1, cur = sites[0];
    for (size_t i = 1; i < sites.size(); i++) {
        if (sites[i] - cur >= gap) {
            placed++;
            cur = sites[i];
        }
    }
    return placed >= k;
}

long long widest_spacing(vector<long long> sites, long long k) {
    long long lo = 1, hi = (*max_element(sites.begin(), sites.end()) - *min_element(sites.begin(), sites.end())) / (k - 1);
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (fits(sites, k, mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
