#include <algorithm>
#include <tuple>
#include <vector>

long long close_range_inversions(std::vector<long long> readings, long long reach) {
    long long total = 0;
    for (long long j = 0; j < (long long)readings.size(); ++j) {
        long long start = std::max(0LL, j - reach);
        // copy the window out, then count the larger readings in it
        std::vector<long long> window(readings.begin() + start, readings.begin() + j);
        long long x = readings[j];
        total += std::count_if(window.begin(), window.end(), [x](long long y) { return y > x; });
    }
    return total;
}
