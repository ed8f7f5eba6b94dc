#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

long long king_moves_between_all_pairs(const std::vector<std::pair<long long, long long>>& squares) {
    // max(|dx|, |dy|) = (|du| + |dv|) / 2 with u = x + y, v = x - y; over sorted values
    // the sum of |a_i - a_j| for i < j is sum(a_i * (2i - n + 1)).
    const int n = (int)squares.size();
    std::vector<long long> us(n), vs(n);
    for (int i = 0; i < n; ++i) {
        us[i] = squares[i].first + squares[i].second;
        vs[i] = squares[i].first - squares[i].second;
    }
    std::sort(us.begin(), us.end());
    std::sort(vs.begin(), vs.end());
    long long total = 0;
    for (int i = 0; i < n; ++i) total += (us[i] + vs[i]) * (2LL * i - n + 1);
    return total / 2;
}
