#include <bits/stdc++.h>
using namespace std;

long long points_in_convex_field(vector<pair<long long, long long>> field, vector<pair<long long, long long>> points) {
    // even-odd ray casting over every edge, with an explicit on-boundary test first
    int m = field.size();
    long long count = 0;
    for (auto [px, py] : points) {
        bool on_edge = false;
        int crossings = 0;
        for (int i = 0; i < m; i++) {
            auto [x1, y1] = field[i];
            auto [x2, y2] = field[(i + m - 1) % m];
            if ((__int128)(x2 - x1) * (py - y1) == (__int128)(y2 - y1) * (px - x1) && min(x1, x2) <= px &&
                px <= max(x1, x2) && min(y1, y2) <= py && py <= max(y1, y2)) {
                on_edge = true;
                break;
            }
            if ((y1 > py) != (y2 > py)) {
                __int128 num = (__int128)(py - y1) * (x2 - x1);
                __int128 den = y2 - y1;
                if (den < 0) num = -num, den = -den;
                if ((__int128)px * den < (__int128)x1 * den + num) crossings++;
            }
        }
        if (on_edge || crossings % 2 == 1) count++;
    }
    return count;
}
