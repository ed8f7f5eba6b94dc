#include <map>
#include <tuple>
#include <vector>

long long longest_divisible_run(std::vector<long long> values, long long m) {
    std::map<long long, long long> first;
    first[0] = 0;
    long long total = 0, best = 0;
    for (long long j = 1; j <= (long long)values.size(); ++j) {
        total = ((total + values[j - 1]) % m + m) % m;
        if (first.count(total)) {
            best = std::max(best, j - first[total]);
        } else {
            first[total] = j;
        }
    }
    return best;
}
