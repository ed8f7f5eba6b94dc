#include <cstddef>
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

long long shortest_covering_window(std::vector<long long> values) {
    long long n = values.size();
    if (n == 0) return 0;
    size_t need = std::set<long long>(values.begin(), values.end()).size();
    std::map<long long, long long> counts;
    long long best = n, left = 0;
    for (long long right = 0; right < n; ++right) {
        counts[values[right]]++;
        while (counts.size() == need) {
            best = std::min(best, right - left + 1);
            if (--counts[values[left]] == 0) counts.erase(values[left]);
            ++left;
        }
    }
    return best;
}
