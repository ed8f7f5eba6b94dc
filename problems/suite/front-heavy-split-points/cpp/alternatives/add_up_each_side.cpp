#include <bits/stdc++.h>
using namespace std;

vector<long long> front_heavy_split_points(vector<long long> loads) {
    long long n = loads.size();
    vector<long long> result;
    for (long long k = 1; k < n; k++) {
        long long front = 0, back = 0;
        for (long long i = 0; i < k; i++) front += loads[i];
        for (long long i = k; i < n; i++) back += loads[i];
        if (front * (n - k) >= back * k) result.push_back(k);
    }
    return result;
}
