#include <bits/stdc++.h>
using namespace std;

long long count_splits(string text, vector<string> words) {
    const long long MOD = 1000000007;
    set<string> vocab(words.begin(), words.end());
    set<int> lengths;
    for (const string& w : vocab) lengths.insert(w.size());
    int n = text.size();
    vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        for (int len : lengths) {
            if (i + len > n) break;
            if (vocab.count(text.substr(i, len)))
                ways[i + len] = (ways[i + len] + ways[i]) % MOD;
        }
    }
    return ways[n];
}
