#include <bits/stdc++.h>
using namespace std;

vector<long long> k_nearest_indices(vector<long long> xs, vector<long long> ys, long long k) {
    int n = xs.size();
    vector<tuple<long long, long long>> order;
    for (int i = 0; i < n; i++) order.push_back({xs[i] * xs[i] + ys[i] * ys[i], i});
    sort(order.begin(), order.end());
    vector<long long> result;
    for (long long i = 0; i < k; i++) result.push_back(get<1>(order[i]));
    return result;
}
