#include <bits/stdc++.h>
using namespace std;

long long prefix_occurrence_total(string s) {
    int n = s.size();
    long long total = 0;
    for (int i = 0; i < n; i++) {
        int limit = n - i;
        // exponential search for a mismatching length, then binary search, comparing substr() copies
        int good = 0, step = 1;
        while (good + step <= limit && s.substr(i, good + step) == s.substr(0, good + step)) {
            good += step;
            step *= 2;
        }
        int bad = min(good + step, limit + 1);
        while (bad - good > 1) {
            int mid = (good + bad) / 2;
            if (s.substr(i, mid) == s.substr(0, mid)) good = mid;
            else bad = mid;
        }
        total += good;
    }
    return total;
}
