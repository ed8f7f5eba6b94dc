#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long fewest_inspections(const std::vector<std::vector<long long>>& stays) {
    // Greedy by leave time: inspect at the last moment of the first-ending stay not yet met.
    std::vector<std::pair<long long, long long>> byLeave;
    byLeave.reserve(stays.size());
    for (const auto& s : stays) byLeave.emplace_back(s[1], s[0]);
    std::sort(byLeave.begin(), byLeave.end());
    long long last = -1, count = 0;
    for (const auto& [leave, arrive] : byLeave)
        if (arrive > last) last = leave - 1, ++count;
    return count;
}
