#include <algorithm>
#include <tuple>
#include <vector>

long long weakest_link_total(std::vector<long long> strengths) {
    // every piece, with a running minimum per start: O(n^2)
    long long n = strengths.size(), total = 0;
    for (long long i = 0; i < n; ++i) {
        long long m = strengths[i];
        for (long long j = i; j < n; ++j) {
            m = std::min(m, strengths[j]);
            total += m;
        }
    }
    return total;
}
