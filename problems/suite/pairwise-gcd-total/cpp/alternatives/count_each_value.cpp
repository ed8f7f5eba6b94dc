#include <bits/stdc++.h>
using namespace std;

long long pairwise_gcd_total(vector<long long> values) {
    long long M = *max_element(values.begin(), values.end());
    vector<long long> freq(M + 1, 0);
    // the frequency of every distinct value found by counting it over the whole list
    set<long long> distinct(values.begin(), values.end());
    for (long long v : distinct) freq[v] = count(values.begin(), values.end(), v);
    vector<long long> exact(M + 1, 0);
    long long total = 0;
    for (long long d = M; d >= 1; d--) {
        long long c = 0;
        for (long long k = d; k <= M; k += d) c += freq[k];
        long long pairs = c * (c - 1) / 2;
        for (long long k = 2 * d; k <= M; k += d) pairs -= exact[k];
        exact[d] = pairs;
        total += d * pairs;
    }
    return total;
}
