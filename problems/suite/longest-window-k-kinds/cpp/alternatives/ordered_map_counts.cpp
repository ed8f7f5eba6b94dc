#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

long long longest_window_k_kinds(std::vector<long long> values, long long k) {
    if (k <= 0) return 0;
    std::map<long long, long long> counts;
    long long best = 0, left = 0;
    for (long long right = 0; right < (long long)values.size(); ++right) {
        counts[values[right]]++;
        while ((long long)counts.size() > k) {
            if (--counts[values[left]] == 0) counts.erase(values[left]);
            ++left;
        }
        best = std::max(best, right - left + 1);
    }
    return best;
}
