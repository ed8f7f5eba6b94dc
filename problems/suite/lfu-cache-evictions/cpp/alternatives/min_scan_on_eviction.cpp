#include <bits/stdc++.h>
using namespace std;

vector<long long> lfu_evictions(long long capacity, vector<long long> requests) {
    unordered_map<long long, long long> freq, last_used;
    vector<long long> evicted;
    for (int t = 0; t < (int)requests.size(); t++) {
        long long key = requests[t];
        if (freq.count(key)) {
            freq[key]++;
        } else {
            if ((long long)freq.size() >= capacity) {
                // scan the whole cache for the least used, least recent key
                long long victim = -1;
                for (auto& [k, f] : freq) {
                    if (victim == -1 || f < freq[victim] || (f == freq[victim] && last_used[k] < last_used[victim]))
                        victim = k;
                }
                freq.erase(victim);
                last_used.erase(victim);
                evicted.push_back(victim);
            }
            freq[key] = 1;
        }
        last_used[key] = t;
    }
    return evicted;
}
