#include <cstddef>
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

std::vector<long long> in_stock_counts(std::vector<std::string> log) {
    std::map<std::string, long long> stock;
    std::set<std::string> in_stock;
    std::vector<long long> result;
    for (std::string entry : log) {
        if (entry == "COUNT") {
            result.push_back(in_stock.size());
            continue;
        }
        size_t a = entry.find(' '), b = entry.find(' ', a + 1);
        std::string command = entry.substr(0, a), sku = entry.substr(a + 1, b - a - 1);
        long long qty = std::stoll(entry.substr(b + 1));
        long long current = stock[sku];
        if (command == "IN") current += qty;
        else current = std::max(0LL, current - qty);
        stock[sku] = current;
        if (current > 0) in_stock.insert(sku);
        else in_stock.erase(sku);
    }
    return result;
}
