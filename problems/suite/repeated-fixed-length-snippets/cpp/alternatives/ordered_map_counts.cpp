#include <map>
#include <string>
#include <tuple>

long long count_repeated_snippets(std::string s, long long k) {
    std::map<std::string, int> counts;
    for (long long i = 0; i + k <= (long long)s.size(); ++i) counts[s.substr(i, k)]++;
    long long repeated = 0;
    for (auto& p : counts)
        if (p.second > 1) ++repeated;
    return repeated;
}
