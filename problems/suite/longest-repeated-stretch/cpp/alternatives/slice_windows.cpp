#include <bits/stdc++.h>
using namespace std;

long long longest_repeat(string s) {
    int n = s.size();
    auto has_repeat = [&](int length) {
        set<string> seen;
        for (int i = 0; i + length <= n; i++) {
            string piece = s.substr(i, length);
            if (seen.count(piece)) return true;
            seen.insert(piece);
        }
        return false;
    };
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (has_repeat(mid)) lo = mid;
        else hi = mid - 1;
    }
    return max(lo, 0);
}
