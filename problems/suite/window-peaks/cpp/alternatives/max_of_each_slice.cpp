#include <bits/stdc++.h>
using namespace std;

vector<long long> window_peaks(vector<long long> values, long long k) {
    vector<long long> out;
    long long n = values.size();
    for (long long i = 0; i + k <= n; i++) out.push_back(*max_element(values.begin() + i, values.begin() + i + k));
    return out;
}
