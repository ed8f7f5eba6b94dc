#include <bits/stdc++.h>
using namespace std;

long long fewest_inspections(vector<vector<long long>> stays) {
    // Repeatedly find the stay that ends first, inspect at its last moment, and
    // drop the stays that inspection covers.
    vector<pair<long long, long long>> remaining;
    for (auto& s : stays) remaining.push_back({s[0], s[1]});
    long long count = 0;
    while (!remaining.empty()) {
        auto first = min_element(remaining.begin(), remaining.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
        long long moment = first->second - 1;
        remaining.erase(remove_if(remaining.begin(), remaining.end(),
                                  [&](auto& s) { return s.first <= moment && moment < s.second; }),
                        remaining.end());
        count++;
    }
    return count;
}
