#include <bits/stdc++.h>
using namespace std;

long long king_moves_between_all_pairs(vector<pair<long long, long long>> squares) {
    vector<long long> us, vs;
    for (auto [x, y] : squares) {
        us.push_back(x + y);
        vs.push_back(x - y);
    }
    sort(us.begin(), us.end());
    sort(vs.begin(), vs.end());
    long long total = 0;
    for (auto& values : {us, vs}) {
        for (size_t i = 0; i < values.size(); i++) {
            vector<long long> before(values.begin(), values.begin() + i);
            total += values[i] * (long long)i - accumulate(before.begin(), before.end(), 0LL);
        }
    }
    return total / 2;
}
