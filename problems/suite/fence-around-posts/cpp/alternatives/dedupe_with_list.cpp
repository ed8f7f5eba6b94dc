#include <bits/stdc++.h>
using namespace std;

long long cross(const vector<long long>& o, const vector<long long>& a, const vector<long long>& b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

vector<vector<long long>> fence_around_posts(vector<vector<long long>> posts) {
    // remove duplicate posts first
    vector<vector<long long>> unique_pts;
    for (auto& p : posts)
        if (find(unique_pts.begin(), unique_pts.end(), p) == unique_pts.end()) unique_pts.push_back(p);
    sort(unique_pts.begin(), unique_pts.end());
    if (unique_pts.size() <= 2) return unique_pts;
    vector<vector<long long>> lower, upper;
    for (auto& p : unique_pts) {
        while (lower.size() >= 2 && cross(lower[lower.size() - 2], lower.back(), p) <= 0) lower.pop_back();
        lower.push_back(p);
    }
    for (int i = (int)unique_pts.size() - 1; i >= 0; i--) {
        auto& p = unique_pts[i];
        while (upper.size() >= 2 && cross(upper[upper.size() - 2], upper.back(), p) <= 0) upper.pop_back();
        upper.push_back(p);
    }
    vector<vector<long long>> hull(lower.begin(), lower.end() - 1);
    hull.insert(hull.end(), upper.begin(), upper.end() - 1);
    return hull;
}
