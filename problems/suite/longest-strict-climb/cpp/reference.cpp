#include <tuple>
#include <algorithm>
#include <vector>

long long longest_strict_climb(const std::vector<long long>& altitudes) {
    // tails[k] = smallest last altitude of a strict climb of length k + 1
    std::vector<long long> tails;
    tails.reserve(altitudes.size());
    for (long long x : altitudes) {
        if (tails.empty() || x > tails.back()) tails.push_back(x);
        else *std::lower_bound(tails.begin(), tails.end(), x) = x;
    }
    return (long long)tails.size();
}
