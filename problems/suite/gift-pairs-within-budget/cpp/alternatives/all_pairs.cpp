#include <bits/stdc++.h>
using namespace std;

long long gift_pairs_within_budget(vector<long long> prices, long long budget) {
    int n = prices.size();
    long long count = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (prices[i] + prices[j] <= budget) count++;
    return count;
}
