#include <bits/stdc++.h>
using namespace std;

static long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
static long long ceil_div(long long a, long long b) { return -floor_div(-a, b); }

vector<long long> lattice_points_inside_plots(vector<vector<vector<long long>>> plots) {
    // for every integer x strictly inside the plot's x range, intersect the vertical
    // line with the lower and upper chains and count the integers strictly between
    vector<long long> out;
    for (auto& poly : plots) {
        int k = poly.size();
        vector<array<long long, 4>> lower, upper;
        long long xmin = LLONG_MAX, xmax = LLONG_MIN;
        for (int i = 0; i < k; i++) {
            long long x1 = poly[i][0], y1 = poly[i][1];
            long long x2 = poly[(i + 1) % k][0], y2 = poly[(i + 1) % k][1];
            if (x2 > x1) lower.push_back({x1, y1, x2, y2});
            else if (x2 < x1) upper.push_back({x2, y2, x1, y1});
            xmin = min(xmin, x1);
            xmax = max(xmax, x1);
        }
        sort(lower.begin(), lower.end());
        sort(upper.begin(), upper.end());
        long long count = 0;
        size_t li = 0, ui = 0;
        for (long long x = xmin + 1; x < xmax; x++) {
            while (lower[li][2] < x) li++;
            while (upper[ui][2] < x) ui++;
            auto& a = lower[li];
            long long den = a[2] - a[0];
            long long low = floor_div(a[1] * den + (a[3] - a[1]) * (x - a[0]), den);
            auto& b = upper[ui];
            den = b[2] - b[0];
            long long high = ceil_div(b[1] * den + (b[3] - b[1]) * (x - b[0]), den);
            if (high - low - 1 > 0) count += high - low - 1;
        }
        out.push_back(count);
    }
    return out;
}
