#include <bits/stdc++.h>
using namespace std;

long long count_pairs_at_gap(vector<long long> values, long long k) {
    map<long long, long long> counts;
    for (long long v : values) counts[v]++;
    long long total = 0;
    for (auto& [v, c] : counts) {
        if (k == 0) {
            total += c * (c - 1) / 2;
        } else {
            auto it = counts.find(v + k);
            if (it != counts.end()) total += c * it->second;
        }
    }
    return total;
}
