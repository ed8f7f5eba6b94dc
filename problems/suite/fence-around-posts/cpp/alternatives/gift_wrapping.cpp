#include <bits/stdc++.h>
using namespace std;

vector<vector<long long>> fence_around_posts(vector<vector<long long>> posts) {
    // Jarvis march: from the current corner, pick the point that keeps every other
    // point on the left (farthest one on ties). O(n * corners).
    set<pair<long long, long long>> s;
    for (auto& p : posts) s.insert({p[0], p[1]});
    vector<pair<long long, long long>> pts(s.begin(), s.end());
    vector<vector<long long>> hull;
    if (pts.size() <= 2) {
        for (auto& p : pts) hull.push_back({p.first, p.second});
        return hull;
    }
    auto start = pts[0], cur = start;
    while (true) {
        hull.push_back({cur.first, cur.second});
        bool have = false;
        pair<long long, long long> cand;
        for (auto& r : pts) {
            if (r == cur) continue;
            if (!have) { cand = r; have = true; continue; }
            long long cr = (cand.first - cur.first) * (r.second - cur.second) -
                           (cand.second - cur.second) * (r.first - cur.first);
            if (cr < 0) cand = r;
            else if (cr == 0) {
                long long dr = (r.first - cur.first) * (r.first - cur.first) + (r.second - cur.second) * (r.second - cur.second);
                long long dc = (cand.first - cur.first) * (cand.first - cur.first) + (cand.second - cur.second) * (cand.second - cur.second);
                if (dr > dc) cand = r;
            }
        }
        cur = cand;
        if (cur == start) break;
    }
    return hull;
}
