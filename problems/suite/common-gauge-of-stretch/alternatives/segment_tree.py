from math import gcd


def common_gauge_of_stretch(lengths, queries):
    # Iterative segment tree: O(log n) gcds per query.
    n = len(lengths)
    tree = [0] * n + list(lengths)
    for i in range(n - 1, 0, -1):
        tree[i] = gcd(tree[2 * i], tree[2 * i + 1])
    out = []
    for lo, hi in queries:
        g = 0
        lo += n
        hi += n + 1
        while lo < hi:
            if lo & 1:
                g = gcd(g, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                g = gcd(g, tree[hi])
            lo >>= 1
            hi >>= 1
        out.append(g)
    return out
