#include <bits/stdc++.h>
using namespace std;

long long points_in_convex_field(vector<pair<long long, long long>> field, vector<pair<long long, long long>> points) {
    int m = field.size();
    long long count = 0;
    for (auto [px, py] : points) {
        bool inside = true;
        for (int i = 0; i < m; i++) {
            auto [x1, y1] = field[i];
            auto [x2, y2] = field[(i + 1) % m];
            if ((__int128)(x2 - x1) * (py - y1) - (__int128)(y2 - y1) * (px - x1) < 0) {
                inside = false;
                break;
            }
        }
        if (inside) count++;
    }
    return count;
}
