#include <tuple>
#include <cstddef>
#include <vector>

long long longest_strict_climb(std::vector<long long> altitudes) {
    // tails[k] = smallest last altitude of a climb of length k + 1
    std::vector<long long> tails;
    for (long long x : altitudes) {
        bool placed = false;
        for (std::size_t i = 0; i < tails.size(); ++i) {
            if (tails[i] >= x) {
                tails[i] = x;
                placed = true;
                break;
            }
        }
        if (!placed) tails.push_back(x);
    }
    return (long long)tails.size();
}
