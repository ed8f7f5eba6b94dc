#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

long long count_repeated_snippets(std::string s, long long k) {
    std::vector<std::string> seen, repeated;
    for (long long i = 0; i + k <= (long long)s.size(); ++i) {
        std::string sub = s.substr(i, k);
        if (std::find(seen.begin(), seen.end(), sub) != seen.end()) {
            if (std::find(repeated.begin(), repeated.end(), sub) == repeated.end()) repeated.push_back(sub);
        } else {
            seen.push_back(sub);
        }
    }
    return (long long)repeated.size();
}
