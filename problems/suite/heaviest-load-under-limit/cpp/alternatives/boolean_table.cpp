#include <bits/stdc++.h>
using namespace std;

long long heaviest_load_under_limit(vector<long long> parcels, long long limit) {
    // Classic 0/1 subset-sum table, one boolean per total, updated from high to low.
    vector<bool> can(limit + 1, false);
    can[0] = true;
    for (long long w : parcels)
        for (long long s = limit; s >= w; s--)
            if (can[s - w]) can[s] = true;
    for (long long s = limit; s >= 0; s--)
        if (can[s]) return s;
    return 0;
}
