#include <functional>
#include <queue>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

std::vector<long long> traded_totals(const std::vector<std::tuple<std::string, long long, long long>>& orders) {
    // resting quantity per price level, and a heap of the non-empty levels' prices per side
    std::unordered_map<long long, long long> bids, asks;
    bids.reserve(orders.size() * 2);
    asks.reserve(orders.size() * 2);
    std::priority_queue<long long> bid_heap;                                            // highest first
    std::priority_queue<long long, std::vector<long long>, std::greater<long long>> ask_heap;  // lowest first
    long long volume = 0, value = 0;
    for (const auto& [side, price, quantity] : orders) {
        long long qty = quantity;
        if (side[0] == 'B') {
            while (qty && !ask_heap.empty() && ask_heap.top() <= price) {
                const long long p = ask_heap.top();
                long long& avail = asks[p];
                if (avail > qty) {
                    avail -= qty, volume += qty, value += qty * p, qty = 0;
                    break;
                }
                volume += avail, value += avail * p, qty -= avail;
                asks.erase(p);
                ask_heap.pop();
            }
            if (qty) {
                long long& level = bids[price];
                if (!level) bid_heap.push(price);
                level += qty;
            }
        } else {
            while (qty && !bid_heap.empty() && bid_heap.top() >= price) {
                const long long p = bid_heap.top();
                long long& avail = bids[p];
                if (avail > qty) {
                    avail -= qty, volume += qty, value += qty * p, qty = 0;
                    break;
                }
                volume += avail, value += avail * p, qty -= avail;
                bids.erase(p);
                bid_heap.pop();
            }
            if (qty) {
                long long& level = asks[price];
                if (!level) ask_heap.push(price);
                level += qty;
            }
        }
    }
    return {volume, value};
}
