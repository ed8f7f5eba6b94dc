#include <bits/stdc++.h>
using namespace std;

long long gift_pairs_within_budget(vector<long long> prices, long long budget) {
    long long count = 0;
    for (size_t i = 0; i < prices.size(); i++) {
        vector<long long> rest(prices.begin() + i + 1, prices.end());
        count += count_if(rest.begin(), rest.end(), [&](long long x) { return prices[i] + x <= budget; });
    }
    return count;
}
