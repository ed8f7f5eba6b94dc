#include <bits/stdc++.h>
using namespace std;

long long recurrence_far_term(vector<long long> coeffs, vector<long long> seed, long long n) {
    // generate the terms one after another: O(n * k)
    const long long p = 998244353LL;
    int k = coeffs.size();
    vector<long long> s;
    for (long long x : seed) s.push_back(x % p);
    if (n < k) return s[n];
    for (long long i = k; i <= n; i++) {
        long long total = 0;
        for (int j = 0; j < k; j++) total = (total + coeffs[j] % p * s[i - 1 - j]) % p;
        s.push_back(total);
    }
    return s[n];
}
