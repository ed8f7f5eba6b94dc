#include <algorithm>
#include <tuple>
#include <vector>

long long close_range_inversions(const std::vector<long long>& readings, long long reach) {
    // Every pair (i, j) with 0 < j - i <= reach, checked directly.
    long long n = readings.size(), total = 0;
    for (long long i = 0; i < n; ++i)
        for (long long j = i + 1; j < std::min(n, i + reach + 1); ++j)
            if (readings[i] > readings[j]) ++total;
    return total;
}
