#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

std::vector<long long> longest_known_prefix(const std::vector<std::string>& words,
                                            const std::vector<std::string>& queries) {
    std::vector<std::string> ordered(words);
    std::sort(ordered.begin(), ordered.end());
    ordered.erase(std::unique(ordered.begin(), ordered.end()), ordered.end());
    const int n = (int)ordered.size();
    auto common = [](const std::string& a, const std::string& b) {
        const int m = (int)std::min(a.size(), b.size());
        int k = 0;
        while (k < m && a[k] == b[k]) ++k;
        return k;
    };
    std::vector<long long> result;
    result.reserve(queries.size());
    for (const std::string& q : queries) {
        // the best word is a neighbour of the query's place in sorted order
        const int i = int(std::lower_bound(ordered.begin(), ordered.end(), q) - ordered.begin());
        int best = 0;
        if (i > 0) best = common(ordered[i - 1], q);
        if (i < n) best = std::max(best, common(ordered[i], q));
        result.push_back(best);
    }
    return result;
}
