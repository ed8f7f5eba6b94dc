#include <algorithm>
#include <tuple>
#include <vector>

namespace {
struct Node {
    long long sum, pre, suf, best;
};
const long long NEG = -(1LL << 60);
inline Node combine(const Node& a, const Node& b) {
    return {a.sum + b.sum, std::max(a.pre, a.sum + b.pre), std::max(b.suf, b.sum + a.suf),
            std::max(std::max(a.best, b.best), a.suf + b.pre)};
}
}  // namespace

std::vector<long long> best_streak_with_edits(const std::vector<long long>& profits,
                                              const std::vector<std::vector<long long>>& operations) {
    // Iterative segment tree; every node keeps (total, best prefix, best suffix, best run).
    const int n = (int)profits.size();
    int size = 1;
    while (size < n) size <<= 1;
    const Node identity{0, NEG, NEG, NEG};
    std::vector<Node> t(2 * size, identity);
    for (int i = 0; i < n; ++i) {
        long long v = profits[i];
        t[size + i] = {v, v, v, v};
    }
    for (int i = size - 1; i > 0; --i) t[i] = combine(t[2 * i], t[2 * i + 1]);
    std::vector<long long> out;
    out.reserve(operations.size());
    for (const auto& op : operations) {
        if (op[0] == 0) {
            int i = (int)op[1] + size;
            long long v = op[2];
            t[i] = {v, v, v, v};
            for (i >>= 1; i; i >>= 1) t[i] = combine(t[2 * i], t[2 * i + 1]);
        } else {
            Node left = identity, right = identity;
            for (int l = (int)op[1] + size, r = (int)op[2] + size + 1; l < r; l >>= 1, r >>= 1) {
                if (l & 1) left = combine(left, t[l++]);
                if (r & 1) right = combine(t[--r], right);
            }
            out.push_back(combine(left, right).best);
        }
    }
    return out;
}
