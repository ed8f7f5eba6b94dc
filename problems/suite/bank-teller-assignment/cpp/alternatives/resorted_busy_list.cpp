#include <algorithm>
#include <utility>
#include <tuple>
#include <vector>

std::vector<long long> teller_assignment(long long tellers, std::vector<long long> arrivals,
                                         std::vector<long long> durations) {
    std::vector<long long> freeList;
    for (long long c = 0; c < tellers; ++c) freeList.push_back(c);
    std::vector<std::pair<long long, long long>> busy;  // (finish, counter), kept sorted
    std::vector<long long> result;
    long long now = 0;
    for (size_t i = 0; i < arrivals.size(); ++i) {
        now = std::max(now, arrivals[i]);
        while (!busy.empty() && busy[0].first <= now) {
            freeList.push_back(busy[0].second);
            busy.erase(busy.begin());
        }
        if (freeList.empty()) {
            now = busy[0].first;
            while (!busy.empty() && busy[0].first <= now) {
                freeList.push_back(busy[0].second);
                busy.erase(busy.begin());
            }
        }
        std::sort(freeList.begin(), freeList.end());
        long long counter = freeList[0];
        freeList.erase(freeList.begin());
        result.push_back(counter);
        busy.push_back({now + durations[i], counter});
        std::sort(busy.begin(), busy.end());
    }
    return result;
}
