#include <bits/stdc++.h>
using namespace std;

int find_root(vector<int>& parent, int x) {
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

vector<long long> largest_alliance_sizes(long long n, vector<vector<long long>> treaties) {
    vector<vector<long long>> work = treaties;  // avoid touching the caller's list
    vector<int> parent(n), size(n, 1);
    iota(parent.begin(), parent.end(), 0);
    long long best = 1;
    vector<long long> result;
    for (auto t : work) {
        int ra = find_root(parent, t[0]), rb = find_root(parent, t[1]);
        if (ra != rb) {
            if (size[ra] < size[rb]) swap(ra, rb);
            parent[rb] = ra;
            size[ra] += size[rb];
            best = max(best, (long long)size[ra]);
        }
        result.push_back(best);
    }
    return result;
}
