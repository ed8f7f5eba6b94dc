#include <algorithm>
#include <string>
#include <vector>

long long count_distinct_substrings(const std::string& s) {
    // every suffix copied out with substr(), the copies sorted, then neighbouring common prefixes subtracted
    const int n = (int)s.size();
    std::vector<std::string> suffixes;
    for (int i = 0; i < n; ++i) suffixes.push_back(s.substr(i));
    std::sort(suffixes.begin(), suffixes.end());
    long long total = (long long)n * (n + 1) / 2;
    for (int k = 1; k < n; ++k) {
        const std::string& a = suffixes[k - 1];
        const std::string& b = suffixes[k];
        size_t h = 0;
        while (h < a.size() && h < b.size() && a[h] == b[h]) ++h;
        total -= (long long)h;
    }
    return total;
}
