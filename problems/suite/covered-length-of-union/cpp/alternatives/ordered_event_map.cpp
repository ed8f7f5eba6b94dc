#include <map>
#include <tuple>
#include <vector>

long long covered_length(std::vector<std::vector<long long>> intervals) {
    // net change of the covering depth at each coordinate, in a std::map
    std::map<long long, long long> events;
    for (auto iv : intervals) {
        events[iv[0]] += 1;
        events[iv[1]] -= 1;
    }
    long long total = 0, depth = 0, opened = 0;
    for (auto e : events) {
        if (depth == 0 && e.second > 0) opened = e.first;
        depth += e.second;
        if (depth == 0 && e.second < 0) total += e.first - opened;
    }
    return total;
}
