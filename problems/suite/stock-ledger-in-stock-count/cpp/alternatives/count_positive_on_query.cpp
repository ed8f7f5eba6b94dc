#include <algorithm>
#include <cstddef>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

std::vector<long long> in_stock_counts(std::vector<std::string> log) {
    std::unordered_map<std::string, int> index;  // sku -> slot in qty
    std::vector<long long> qty;
    std::vector<long long> result;
    for (const std::string& entry : log) {
        if (entry == "COUNT") {
            // recount the products in stock on every query
            result.push_back(std::count_if(qty.begin(), qty.end(), [](long long q) { return q > 0; }));
            continue;
        }
        size_t a = entry.find(' '), b = entry.find(' ', a + 1);
        std::string op = entry.substr(0, a), sku = entry.substr(a + 1, b - a - 1);
        long long q = std::stoll(entry.substr(b + 1));
        auto it = index.find(sku);
        if (it == index.end()) {
            it = index.emplace(sku, (int)qty.size()).first;
            qty.push_back(0);
        }
        long long& have = qty[it->second];
        if (op == "IN") have += q;
        else have = std::max(0LL, have - q);
    }
    return result;
}
