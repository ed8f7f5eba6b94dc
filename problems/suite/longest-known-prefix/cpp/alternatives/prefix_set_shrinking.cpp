#include <bits/stdc++.h>
using namespace std;

vector<long long> longest_known_prefix(vector<string> words, vector<string> queries) {
    set<string> prefixes;
    for (const string& w : words)
        for (size_t k = 1; k <= w.size(); k++) prefixes.insert(w.substr(0, k));
    vector<long long> result;
    for (const string& q : queries) {
        long long k = q.size();
        while (k > 0 && !prefixes.count(q.substr(0, k))) k--;
        result.push_back(k);
    }
    return result;
}
