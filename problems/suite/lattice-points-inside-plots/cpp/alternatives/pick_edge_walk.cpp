#include <bits/stdc++.h>
using namespace std;

vector<long long> lattice_points_inside_plots(vector<vector<vector<long long>>> plots) {
    // Pick's theorem, but the boundary points of every edge are counted by walking
    // the edge one unit at a time along its longer axis
    vector<long long> out;
    for (auto poly : plots) {
        int k = poly.size();
        __int128 twice = 0;
        long long boundary = 0;
        for (int i = 0; i < k; i++) {
            long long x1 = poly[i][0], y1 = poly[i][1];
            long long x2 = poly[(i + 1) % k][0], y2 = poly[(i + 1) % k][1];
            twice += (__int128)x1 * y2 - (__int128)x2 * y1;
            long long adx = llabs(x2 - x1), ady = llabs(y2 - y1);
            long long longer = max(adx, ady), shorter = min(adx, ady);
            for (long long t = 1; t <= longer; t++)
                if (shorter * t % longer == 0) boundary++;
        }
        if (twice < 0) twice = -twice;
        out.push_back((long long)((twice - boundary + 2) / 2));
    }
    return out;
}
