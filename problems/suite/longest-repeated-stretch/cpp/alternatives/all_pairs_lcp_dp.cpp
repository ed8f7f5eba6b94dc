#include <bits/stdc++.h>
using namespace std;

long long longest_repeat(string s) {
    // lcp[i][j] = common prefix of the suffixes at i and j, kept one row at a time
    int n = s.size();
    vector<int> next(n + 1, 0), cur(n + 1, 0);
    long long best = 0;
    for (int i = n - 1; i >= 0; i--) {
        for (int j = n - 1; j > i; j--) {
            cur[j] = s[i] == s[j] ? next[j + 1] + 1 : 0;
            best = max(best, (long long)cur[j]);
        }
        swap(cur, next);
    }
    return best;
}
