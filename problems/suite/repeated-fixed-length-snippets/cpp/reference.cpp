#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

long long count_repeated_snippets(const std::string& s, long long k) {
    long long n = (long long)s.size();
    if (k > n) return 0;
    int m = (int)(n - k + 1);
    std::unordered_map<std::string_view, int> counts;
    counts.reserve(m * 2);
    std::string_view sv(s);
    long long repeated = 0;
    for (int i = 0; i < m; ++i)
        if (++counts[sv.substr(i, k)] == 2) ++repeated;
    return repeated;
}
