#include <bits/stdc++.h>
using namespace std;

vector<long long> lfu_evictions(long long capacity, vector<long long> requests) {
    map<long long, pair<long long, long long>> state;  // key -> (count, last time)
    set<tuple<long long, long long, long long>> order;  // (count, last time, key)
    vector<long long> evicted;
    for (int t = 0; t < (int)requests.size(); t++) {
        long long key = requests[t];
        long long count = 1;
        if (state.count(key)) {
            auto old = state[key];
            order.erase(make_tuple(old.first, old.second, key));
            count = old.first + 1;
        } else if ((long long)state.size() == capacity) {
            auto victim = *order.begin();
            order.erase(order.begin());
            state.erase(get<2>(victim));
            evicted.push_back(get<2>(victim));
        }
        state[key] = {count, t};
        order.insert(make_tuple(count, (long long)t, key));
    }
    return evicted;
}
