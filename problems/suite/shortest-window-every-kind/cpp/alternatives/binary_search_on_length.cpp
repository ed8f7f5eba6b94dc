#include <cstddef>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

static bool some_window_covers(const std::vector<long long>& values, size_t need, long long size) {
    std::unordered_map<long long, long long> counts;
    size_t kinds = 0;
    for (long long i = 0; i < (long long)values.size(); ++i) {
        if (counts[values[i]]++ == 0) ++kinds;
        if (i >= size) {
            if (--counts[values[i - size]] == 0) --kinds;
        }
        if (kinds == need) return true;
    }
    return false;
}

long long shortest_covering_window(std::vector<long long> values) {
    long long n = values.size();
    if (n == 0) return 0;
    size_t need = std::unordered_set<long long>(values.begin(), values.end()).size();
    long long lo = need, hi = n;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (some_window_covers(values, need, mid)) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}
