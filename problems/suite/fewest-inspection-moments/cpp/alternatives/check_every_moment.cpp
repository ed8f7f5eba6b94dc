#include <bits/stdc++.h>
using namespace std;

long long fewest_inspections(vector<vector<long long>> stays) {
    // Greedy by leave time; a stay is already served if any moment chosen so
    // far lies inside it, which is checked against every chosen moment.
    sort(stays.begin(), stays.end(), [](const vector<long long>& a, const vector<long long>& b) { return a[1] < b[1]; });
    vector<long long> moments;
    for (auto& s : stays) {
        bool served = false;
        for (long long m : moments)
            if (s[0] <= m && m < s[1]) { served = true; break; }
        if (!served) moments.push_back(s[1] - 1);
    }
    return moments.size();
}
