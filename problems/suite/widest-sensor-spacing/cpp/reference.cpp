#include <algorithm>
#include <tuple>
#include <vector>

long long widest_spacing(std::vector<long long>& sites, long long k) {
    std::sort(sites.begin(), sites.end());
    const long long first = sites.front(), last = sites.back();
    // greedy check: always jump to the leftmost site at least `gap` further on
    auto fits = [&](long long gap) {
        long long placed = 1;
        auto it = sites.begin();
        long long cur = first;
        const long long limit = last - gap;
        while (cur <= limit) {
            it = std::lower_bound(it + 1, sites.end(), cur + gap);
            cur = *it;
            if (++placed >= k) return true;
        }
        return false;
    };
    long long lo = 1, hi = (last - first) / (k - 1);
    while (lo < hi) {
        const long long mid = (lo + hi + 1) >> 1;
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}
