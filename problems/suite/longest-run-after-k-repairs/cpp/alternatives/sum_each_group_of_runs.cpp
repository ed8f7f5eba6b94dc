#include <tuple>
#include <string>
#include <vector>

long long longest_intact_stretch(std::string road, long long k) {
    std::vector<long long> runs;
    long long cur = 0;
    for (char c : road) {
        if (c == 'x') {
            runs.push_back(cur);
            cur = 0;
        } else {
            ++cur;
        }
    }
    runs.push_back(cur);
    long long damaged = (long long)runs.size() - 1;
    if (k >= damaged) return (long long)road.size();
    long long best = 0;
    for (long long i = 0; i + k < (long long)runs.size(); ++i) {
        long long total = k;
        for (long long j = i; j <= i + k; ++j) total += runs[j];
        if (total > best) best = total;
    }
    return best;
}
