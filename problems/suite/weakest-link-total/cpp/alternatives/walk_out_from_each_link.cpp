#include <tuple>
#include <vector>

long long weakest_link_total(std::vector<long long> strengths) {
    // for every link, walk outwards to find how far it stays the (rightmost) minimum
    long long n = strengths.size(), total = 0;
    for (long long i = 0; i < n; ++i) {
        long long x = strengths[i];
        long long left = i;
        while (left > 0 && strengths[left - 1] > x) --left;
        long long right = i;
        while (right < n - 1 && strengths[right + 1] >= x) ++right;
        total += x * (i - left + 1) * (right - i + 1);
    }
    return total;
}
