#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

std::vector<std::string> dedupe_contacts(const std::vector<std::string>& records) {
    std::unordered_set<std::string> seen;
    seen.reserve(records.size() * 2);
    std::vector<std::string> kept;
    kept.reserve(records.size());
    std::string key;
    for (const std::string& r : records) {
        const int n = (int)r.size();
        int i = (int)r.find(',') + 1;
        key.clear();
        bool skip = false;
        for (; r[i] != '@'; ++i) {
            if (r[i] == '+') skip = true;
            if (!skip) key.push_back(r[i] | (r[i] >= 'A' && r[i] <= 'Z' ? 32 : 0));
        }
        for (; i < n; ++i) key.push_back(r[i] >= 'A' && r[i] <= 'Z' ? r[i] | 32 : r[i]);
        if (seen.insert(key).second) kept.push_back(r);
    }
    return kept;
}
