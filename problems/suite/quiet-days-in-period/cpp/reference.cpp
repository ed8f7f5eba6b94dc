#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

std::vector<long long> quiet_days_in_period(const std::vector<long long>& noise,
                                            const std::vector<std::vector<long long>>& periods) {
    // Offline: periods by increasing limit, days switched on by increasing noise;
    // a Fenwick tree over positions counts the switched-on days in [lo, hi].
    const int n = (int)noise.size(), q = (int)periods.size();
    std::vector<int> days(n), order(q);
    std::iota(days.begin(), days.end(), 0);
    std::iota(order.begin(), order.end(), 0);
    std::sort(days.begin(), days.end(), [&](int a, int b) { return noise[a] < noise[b]; });
    std::sort(order.begin(), order.end(), [&](int a, int b) { return periods[a][2] < periods[b][2]; });
    std::vector<int> tree(n + 1, 0);
    std::vector<long long> answer(q, 0);
    int d = 0;
    for (int k : order) {
        const int lo = (int)periods[k][0], hi = (int)periods[k][1];
        const long long limit = periods[k][2];
        while (d < n && noise[days[d]] <= limit) {
            for (int i = days[d] + 1; i <= n; i += i & -i) ++tree[i];
            ++d;
        }
        int s = 0;
        for (int b = hi + 1; b > 0; b &= b - 1) s += tree[b];
        for (int b = lo; b > 0; b &= b - 1) s -= tree[b];
        answer[k] = s;
    }
    return answer;
}
