#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

std::vector<long long> in_stock_counts(const std::vector<std::string>& log) {
    std::unordered_map<std::string_view, long long> stock;  // views into `log`, which outlives the map
    stock.reserve(log.size());
    std::vector<long long> answers;
    answers.reserve(log.size());
    long long positive = 0;
    for (const std::string& entry : log) {
        if (entry[0] == 'C') {
            answers.push_back(positive);
            continue;
        }
        bool in = entry[0] == 'I';
        size_t start = in ? 3 : 4;
        size_t space = entry.find(' ', start);
        std::string_view sku(entry.data() + start, space - start);
        long long q = 0;
        for (size_t i = space + 1; i < entry.size(); ++i) q = q * 10 + (entry[i] - '0');
        if (in) {
            long long& have = stock[sku];
            if (!have) ++positive;
            have += q;
        } else {
            auto it = stock.find(sku);
            if (it == stock.end() || !it->second) continue;
            it->second -= q;
            if (it->second <= 0) {
                it->second = 0;
                --positive;
            }
        }
    }
    return answers;
}
