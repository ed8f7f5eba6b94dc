#include <bits/stdc++.h>
using namespace std;

vector<long long> longest_known_prefix(vector<string> words, vector<string> queries) {
    vector<long long> result;
    for (string q : queries) {
        long long best = 0;
        for (string w : words) {
            long long k = 0;
            while (k < (long long)w.size() && k < (long long)q.size() && w[k] == q[k]) k++;
            best = max(best, k);
        }
        result.push_back(best);
    }
    return result;
}
