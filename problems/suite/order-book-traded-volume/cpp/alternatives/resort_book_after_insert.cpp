#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

std::vector<long long> traded_totals(std::vector<std::tuple<std::string, long long, long long>> orders) {
    std::vector<std::pair<long long, long long>> buys;   // (price, qty), best (highest) first
    std::vector<std::pair<long long, long long>> sells;  // (price, qty), best (lowest) first
    long long total_qty = 0, total_value = 0;
    for (auto [side, price, qty] : orders) {
        if (side == "B") {
            while (qty > 0 && !sells.empty() && sells[0].first <= price) {
                long long trade = std::min(qty, sells[0].second);
                total_qty += trade;
                total_value += trade * sells[0].first;
                qty -= trade;
                sells[0].second -= trade;
                if (sells[0].second == 0) sells.erase(sells.begin());
            }
            if (qty > 0) {
                buys.push_back({price, qty});
                std::sort(buys.begin(), buys.end(), [](auto& a, auto& b) { return a.first > b.first; });
            }
        } else {
            while (qty > 0 && !buys.empty() && buys[0].first >= price) {
                long long trade = std::min(qty, buys[0].second);
                total_qty += trade;
                total_value += trade * buys[0].first;
                qty -= trade;
                buys[0].second -= trade;
                if (buys[0].second == 0) buys.erase(buys.begin());
            }
            if (qty > 0) {
                sells.push_back({price, qty});
                std::sort(sells.begin(), sells.end(), [](auto& a, auto& b) { return a.first < b.first; });
            }
        }
    }
    return {total_qty, total_value};
}
