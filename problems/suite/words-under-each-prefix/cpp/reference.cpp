#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

std::vector<long long> count_words_with_prefix(std::vector<std::string>& words,
                                               const std::vector<std::string>& prefixes) {
    std::sort(words.begin(), words.end());
    std::vector<long long> out;
    out.reserve(prefixes.size());
    std::string hi;
    for (const std::string& p : prefixes) {
        // '{' sorts right after 'z': p + '{' bounds every word that starts with p
        hi.assign(p);
        hi.push_back('{');
        auto a = std::lower_bound(words.begin(), words.end(), p);
        auto b = std::lower_bound(a, words.end(), hi);
        out.push_back((long long)(b - a));
    }
    return out;
}
