#include <tuple>
#include <vector>

long long longest_divisible_run(const std::vector<long long>& values, long long m) {
    // first[r] = earliest prefix length whose sum is congruent to r (mod m)
    std::vector<int> first(m, -1);
    first[0] = 0;
    long long total = 0;
    int best = 0;
    const int n = (int)values.size();
    for (int j = 1; j <= n; ++j) {
        total = (total + values[j - 1]) % m;
        if (total < 0) total += m;
        int& f = first[total];
        if (f < 0) f = j;
        else if (j - f > best) best = j - f;
    }
    return best;
}
