#include <bits/stdc++.h>
using namespace std;

vector<long long> jobs_doable_with_toolbox(long long bits, vector<long long> jobs, vector<long long> toolboxes) {
    vector<long long> count(1 << bits, 0);
    for (long long j : jobs) count[j]++;
    vector<long long> result;
    for (long long box : toolboxes) {
        long long acc = 0;
        for (long long s = box;; s = (s - 1) & box) {  // every submask of box, including 0
            acc += count[s];
            if (s == 0) break;
        }
        result.push_back(acc);
    }
    return result;
}
