#include <algorithm>
#include <tuple>
#include <vector>

long long gift_pairs_within_budget(std::vector<long long> prices, long long budget) {
    // Sort, then two pointers: when p[i] + p[j] fits, every partner of p[i] in (i, j] fits.
    std::sort(prices.begin(), prices.end());
    long long count = 0;
    int i = 0, j = (int)prices.size() - 1;
    while (i < j) {
        if (prices[i] + prices[j] <= budget) count += j - i++;
        else --j;
    }
    return count;
}
