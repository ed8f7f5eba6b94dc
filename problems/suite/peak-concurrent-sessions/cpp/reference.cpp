#include <algorithm>
#include <tuple>
#include <vector>

long long peak_concurrency(const std::vector<std::vector<long long>>& sessions) {
    const int n = (int)sessions.size();
    if (n == 0) return 0;
    std::vector<long long> starts(n), ends(n);
    for (int i = 0; i < n; ++i) {
        starts[i] = sessions[i][0];
        ends[i] = sessions[i][1];
    }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    // after the i-th start, `closed` sessions have end <= that start; closed < i always
    long long best = 0;
    int closed = 0;
    for (int i = 0; i < n; ++i) {
        const long long s = starts[i];
        while (ends[closed] <= s) ++closed;
        best = std::max(best, (long long)(i + 1 - closed));
    }
    return best;
}
