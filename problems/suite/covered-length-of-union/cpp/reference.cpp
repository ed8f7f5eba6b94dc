#include <algorithm>
#include <tuple>
#include <vector>

long long covered_length(const std::vector<std::vector<long long>>& intervals) {
    // Pair the i-th smallest start with the i-th smallest end: same union. With both
    // sorted, the only holes are the gaps where starts[i] > ends[i - 1].
    const int n = (int)intervals.size();
    if (n == 0) return 0;
    std::vector<long long> starts(n), ends(n);
    for (int i = 0; i < n; ++i) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    long long total = ends[n - 1] - starts[0];
    for (int i = 1; i < n; ++i)
        if (starts[i] > ends[i - 1]) total -= starts[i] - ends[i - 1];
    return total;
}
