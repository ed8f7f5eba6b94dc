#include <bits/stdc++.h>
using namespace std;

vector<long long> distinct_species_in_stretch(vector<long long> samples, vector<vector<long long>> stretches) {
    // compress the ids, then count every stretch afresh with a stamp array
    int n = samples.size();
    vector<long long> sorted_ids = samples;
    sort(sorted_ids.begin(), sorted_ids.end());
    sorted_ids.erase(unique(sorted_ids.begin(), sorted_ids.end()), sorted_ids.end());
    vector<int> vals(n);
    for (int i = 0; i < n; i++)
        vals[i] = lower_bound(sorted_ids.begin(), sorted_ids.end(), samples[i]) - sorted_ids.begin();
    vector<int> stamp(sorted_ids.size(), -1);
    vector<long long> answer;
    for (int k = 0; k < (int)stretches.size(); k++) {
        int lo = stretches[k][0], hi = stretches[k][1];
        long long distinct = 0;
        for (int i = lo; i <= hi; i++) {
            if (stamp[vals[i]] != k) {
                stamp[vals[i]] = k;
                distinct++;
            }
        }
        answer.push_back(distinct);
    }
    return answer;
}
