#include <string>
#include <tuple>

long long longest_shared_stretch(std::string a, std::string b) {
    long long best = 0;
    const long long nb = (long long)b.size();
    for (long long i = 0; i < nb; ++i) {
        // try to beat the best so far with a piece of b starting at i
        while (i + best < nb && a.find(b.substr(i, best + 1)) != std::string::npos) ++best;
    }
    return best;
}
