#include <algorithm>
#include <tuple>
#include <vector>

std::vector<long long> teller_assignment(long long tellers, std::vector<long long> arrivals,
                                         std::vector<long long> durations) {
    std::vector<long long> freeAt(tellers, 0);
    std::vector<long long> result;
    long long now = 0;
    for (size_t i = 0; i < arrivals.size(); ++i) {
        now = std::max(now, arrivals[i]);
        long long earliest = *std::min_element(freeAt.begin(), freeAt.end());
        if (earliest > now) now = earliest;
        long long counter = 0;
        while (freeAt[counter] > now) ++counter;
        freeAt[counter] = now + durations[i];
        result.push_back(counter);
    }
    return result;
}
