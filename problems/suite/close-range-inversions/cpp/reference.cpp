#include <algorithm>
#include <tuple>
#include <vector>

long long close_range_inversions(const std::vector<long long>& readings, long long reach) {
    // Slide a window of the last `reach` readings, kept as a Fenwick tree over value
    // ranks: each new reading counts the larger window readings, then joins the window.
    const int n = (int)readings.size();
    if (n < 2 || reach <= 0) return 0;
    std::vector<long long> values(readings);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const int m = (int)values.size();
    std::vector<int> rank(n);
    for (int i = 0; i < n; ++i)
        rank[i] = (int)(std::lower_bound(values.begin(), values.end(), readings[i]) - values.begin()) + 1;
    std::vector<int> tree(m + 1, 0);
    long long total = 0;
    int size = 0;
    for (int j = 0; j < n; ++j) {
        if (j > reach) {
            for (int k = rank[j - reach - 1]; k <= m; k += k & -k) --tree[k];
            --size;
        }
        int atMost = 0;  // window readings with rank <= rank[j]
        for (int k = rank[j]; k; k &= k - 1) atMost += tree[k];
        total += size - atMost;
        for (int k = rank[j]; k <= m; k += k & -k) ++tree[k];
        ++size;
    }
    return total;
}
