#include <bits/stdc++.h>
using namespace std;

vector<long long> largest_alliance_sizes(long long n, vector<vector<long long>> treaties) {
    // Every kingdom stores its alliance label; a merge relabels the whole array.
    vector<int> label(n), count(n, 1);
    iota(label.begin(), label.end(), 0);
    long long best = 1;
    vector<long long> out;
    for (auto& t : treaties) {
        int la = label[t[0]], lb = label[t[1]];
        if (la != lb) {
            for (int& x : label)
                if (x == lb) x = la;
            count[la] += count[lb];
            count[lb] = 0;
            best = max(best, (long long)count[la]);
        }
        out.push_back(best);
    }
    return out;
}
