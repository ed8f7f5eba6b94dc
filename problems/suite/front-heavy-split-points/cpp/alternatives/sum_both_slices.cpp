#include <bits/stdc++.h>
using namespace std;

vector<long long> front_heavy_split_points(vector<long long> loads) {
    long long n = loads.size();
    vector<long long> result;
    for (long long k = 1; k < n; k++) {
        vector<long long> front_part(loads.begin(), loads.begin() + k);
        vector<long long> back_part(loads.begin() + k, loads.end());
        long long front = accumulate(front_part.begin(), front_part.end(), 0LL);
        long long back = accumulate(back_part.begin(), back_part.end(), 0LL);
        if (front * (n - k) >= back * k) result.push_back(k);
    }
    return result;
}
