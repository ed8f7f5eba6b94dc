#include <bits/stdc++.h>
using namespace std;

long long largest_banner(vector<long long> heights) {
    int n = heights.size();
    long long best = 0;
    for (int i = 0; i < n; i++) {
        long long h = heights[i];
        int left = i, right = i;
        while (left > 0 && heights[left - 1] >= h) left--;
        while (right + 1 < n && heights[right + 1] >= h) right++;
        best = max(best, (long long)(right - left + 1) * h);
    }
    return best;
}
