#include <bits/stdc++.h>
using namespace std;

long long count_pairs_at_gap(vector<long long> values, long long k) {
    // collect the distinct values, then count each one (and its partner) over the whole list
    vector<long long> seen;
    for (long long x : values)
        if (find(seen.begin(), seen.end(), x) == seen.end()) seen.push_back(x);
    long long total = 0;
    for (long long x : seen) {
        long long here = count(values.begin(), values.end(), x);
        if (k == 0) total += here * (here - 1) / 2;
        else total += here * (long long)count(values.begin(), values.end(), x + k);
    }
    return total;
}
