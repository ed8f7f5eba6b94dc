#include <bits/stdc++.h>
using namespace std;

long long widest_spacing(vector<long long> sites, long long k) {
    // the sites kept ordered in a std::set; each jump is a set lower_bound
    set<long long> pos(sites.begin(), sites.end());
    long long first = *pos.begin(), last = *pos.rbegin();
    auto fits = [&](long long gap) {
        long long placed = 1, cur = first;
        while (cur <= last - gap) {
            cur = *pos.lower_bound(cur + gap);
            placed++;
            if (placed >= k) return true;
        }
        return false;
    };
    long long lo = 1, hi = (last - first) / (k - 1);
    while (lo < hi) {
        long long mid = (lo + hi + 1) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
