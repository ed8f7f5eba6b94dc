#include <tuple>
#include <unordered_set>
#include <vector>

long long longest_window_k_kinds(const std::vector<long long>& values, long long k) {
    if (k <= 0) return 0;
    const long long n = (long long)values.size();
    long long best = 0;
    for (long long i = 0; i < n && n - i > best; ++i) {
        // grow a fresh window from every start
        std::unordered_set<long long> seen;
        long long j = i;
        while (j < n) {
            seen.insert(values[j]);
            if ((long long)seen.size() > k) break;
            ++j;
        }
        if (j - i > best) best = j - i;
    }
    return best;
}
