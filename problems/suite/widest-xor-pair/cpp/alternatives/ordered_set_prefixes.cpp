#include <bits/stdc++.h>
using namespace std;

long long widest_xor_pair(vector<long long> values) {
    // decide the answer bit by bit: bit b can be 1 iff two prefixes (v >> b) XOR to the candidate
    long long ans = 0;
    for (int b = 29; b >= 0; b--) {
        set<long long> prefixes;
        for (long long v : values) prefixes.insert(v >> b);
        long long cand = (ans << 1) | 1;
        bool found = false;
        for (long long p : prefixes)
            if (prefixes.count(p ^ cand)) {
                found = true;
                break;
            }
        ans = found ? cand : cand ^ 1;
    }
    return ans;
}
