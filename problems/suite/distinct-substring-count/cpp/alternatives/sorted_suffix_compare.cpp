#include <bits/stdc++.h>
using namespace std;

long long count_distinct_substrings(string s) {
    // sort the suffixes by comparing them character by character, then
    // subtract the common prefix of each neighbouring pair
    int n = s.size();
    vector<int> sa(n);
    iota(sa.begin(), sa.end(), 0);
    sort(sa.begin(), sa.end(), [&](int a, int b) {
        return s.compare(a, string::npos, s, b, string::npos) < 0;
    });
    long long total = (long long)n * (n + 1) / 2;
    for (int k = 1; k < n; k++) {
        int a = sa[k - 1], b = sa[k];
        int h = 0;
        while (a + h < n && b + h < n && s[a + h] == s[b + h]) h++;
        total -= h;
    }
    return total;
}
