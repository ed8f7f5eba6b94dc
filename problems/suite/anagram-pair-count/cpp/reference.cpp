#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

long long count_anagram_pairs(const std::vector<std::string>& words) {
    std::unordered_map<std::string, long long> groups;
    groups.reserve(words.size() * 2);
    for (const std::string& word : words) {
        std::string key = word;
        std::sort(key.begin(), key.end());
        ++groups[key];
    }
    long long pairs = 0;
    for (const auto& [key, count] : groups) pairs += count * (count - 1) / 2;
    return pairs;
}
