#include <bits/stdc++.h>
using namespace std;

long long widest_xor_pair(vector<long long> values) {
    long long best = 0;
    int n = values.size();
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) best = max(best, values[i] ^ values[j]);
    return best;
}
