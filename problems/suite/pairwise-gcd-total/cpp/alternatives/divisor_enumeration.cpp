#include <bits/stdc++.h>
using namespace std;

long long pairwise_gcd_total(vector<long long> values) {
    // count the multiples of every d by trial-dividing each value up to its square root
    long long M = *max_element(values.begin(), values.end());
    vector<long long> multiples(M + 1, 0);
    for (long long v : values) {
        for (long long d = 1; d * d <= v; d++) {
            if (v % d == 0) {
                multiples[d]++;
                if (d * d != v) multiples[v / d]++;
            }
        }
    }
    vector<long long> exact(M + 1, 0);
    long long total = 0;
    for (long long d = M; d >= 1; d--) {
        long long c = multiples[d];
        long long x = c * (c - 1) / 2;
        for (long long k = 2 * d; k <= M; k += d) x -= exact[k];
        exact[d] = x;
        total += d * x;
    }
    return total;
}
