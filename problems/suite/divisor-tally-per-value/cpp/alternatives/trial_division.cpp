#include <bits/stdc++.h>
using namespace std;

vector<long long> divisor_tally_per_value(vector<long long> values) {
    vector<long long> result;
    for (long long v : values) {
        long long count = 0;
        for (long long i = 1; i * i <= v; i++) {
            if (v % i == 0) count += (i * i == v) ? 1 : 2;
        }
        result.push_back(count);
    }
    return result;
}
