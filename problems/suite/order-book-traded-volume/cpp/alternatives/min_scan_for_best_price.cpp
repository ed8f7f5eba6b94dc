#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> traded_totals(std::vector<std::tuple<std::string, long long, long long>> orders) {
    std::vector<std::pair<long long, long long>> bids, asks;  // resting orders as (price, qty)
    long long total_qty = 0, total_value = 0;
    for (auto [side, price, qty] : orders) {
        if (side == "B") {
            while (qty > 0 && !asks.empty()) {
                auto best = std::min_element(asks.begin(), asks.end());  // lowest asking price
                if (best->first > price) break;
                long long trade = std::min(qty, best->second);
                total_qty += trade;
                total_value += trade * best->first;
                qty -= trade;
                best->second -= trade;
                if (best->second == 0) asks.erase(best);
            }
            if (qty > 0) bids.push_back({price, qty});
        } else {
            while (qty > 0 && !bids.empty()) {
                auto best = std::max_element(bids.begin(), bids.end());  // highest bid
                if (best->first < price) break;
                long long trade = std::min(qty, best->second);
                total_qty += trade;
                total_value += trade * best->first;
                qty -= trade;
                best->second -= trade;
                if (best->second == 0) bids.erase(best);
            }
            if (qty > 0) asks.push_back({price, qty});
        }
    }
    return {total_qty, total_value};
}
