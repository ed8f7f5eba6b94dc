#include <bits/stdc++.h>
using namespace std;

long long count_splits(string text, vector<string> words) {
    const long long MOD = 1000000007;
    sort(words.begin(), words.end());
    words.erase(unique(words.begin(), words.end()), words.end());
    int n = text.size();
    vector<long long> dp(n + 1, 0);
    dp[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!dp[i]) continue;
        for (const string& w : words) {
            if (text.compare(i, w.size(), w) == 0 && i + (int)w.size() <= n)
                dp[i + w.size()] = (dp[i + w.size()] + dp[i]) % MOD;
        }
    }
    return dp[n];
}
