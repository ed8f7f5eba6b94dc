#include <numeric>
#include <tuple>
#include <vector>

// Recursive segment tree over gcd: O(log n) gcds per query.
static void build(std::vector<long long>& tree, const std::vector<long long>& a, int node, int l, int r) {
    if (l == r) {
        tree[node] = a[l];
        return;
    }
    int mid = (l + r) / 2;
    build(tree, a, 2 * node, l, mid);
    build(tree, a, 2 * node + 1, mid + 1, r);
    tree[node] = std::gcd(tree[2 * node], tree[2 * node + 1]);
}

static long long query(const std::vector<long long>& tree, int node, int l, int r, int lo, int hi) {
    if (hi < l || r < lo) return 0;
    if (lo <= l && r <= hi) return tree[node];
    int mid = (l + r) / 2;
    return std::gcd(query(tree, 2 * node, l, mid, lo, hi), query(tree, 2 * node + 1, mid + 1, r, lo, hi));
}

std::vector<long long> common_gauge_of_stretch(const std::vector<long long>& lengths,
                                               const std::vector<std::vector<long long>>& queries) {
    int n = lengths.size();
    std::vector<long long> tree(4 * n, 0);
    build(tree, lengths, 1, 0, n - 1);
    std::vector<long long> out;
    for (const auto& q : queries) out.push_back(query(tree, 1, 0, n - 1, (int)q[0], (int)q[1]));
    return out;
}
