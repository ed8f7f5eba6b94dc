#include <set>
#include <tuple>
#include <vector>

long long longest_strict_climb(std::vector<long long> altitudes) {
    // the tails kept in a balanced tree instead of a sorted vector
    std::set<long long> tails;
    for (long long x : altitudes) {
        auto it = tails.lower_bound(x);
        if (it != tails.end()) tails.erase(it);
        tails.insert(x);
    }
    return (long long)tails.size();
}
