#include <bits/stdc++.h>
using namespace std;

vector<long long> window_peaks(vector<long long> values, long long k) {
    // the current window kept in a std::multiset; its largest element is the peak
    vector<long long> out;
    multiset<long long> window;
    int n = values.size();
    for (int i = 0; i < n; i++) {
        window.insert(values[i]);
        if (i >= k) window.erase(window.find(values[i - k]));
        if (i >= k - 1) out.push_back(*window.rbegin());
    }
    return out;
}
