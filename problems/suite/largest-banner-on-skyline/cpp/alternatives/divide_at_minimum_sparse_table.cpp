#include <bits/stdc++.h>
using namespace std;

long long largest_banner(vector<long long> heights) {
    int n = heights.size();
    if (n == 0) return 0;
    // sparse table of argmin positions
    vector<vector<int>> table;
    table.push_back(vector<int>(n));
    iota(table[0].begin(), table[0].end(), 0);
    for (int span = 1; 2 * span <= n; span *= 2) {
        vector<int> prev = table.back();
        vector<int> row;
        for (int i = 0; i + 2 * span <= n; i++) {
            int a = prev[i], b = prev[i + span];
            row.push_back(heights[a] <= heights[b] ? a : b);
        }
        table.push_back(row);
    }
    auto argmin = [&](int lo, int hi) {
        int j = 31 - __builtin_clz(hi - lo + 1);
        int a = table[j][lo], b = table[j][hi - (1 << j) + 1];
        return heights[a] <= heights[b] ? a : b;
    };
    long long best = 0;
    vector<pair<int, int>> todo = {{0, n - 1}};
    while (!todo.empty()) {
        auto [lo, hi] = todo.back();
        todo.pop_back();
        if (lo > hi) continue;
        int m = argmin(lo, hi);
        best = max(best, heights[m] * (hi - lo + 1));
        todo.push_back({lo, m - 1});
        todo.push_back({m + 1, hi});
    }
    return best;
}
