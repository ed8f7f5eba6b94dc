from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    # Coordinate-compress, then a Fenwick tree of prefix maxima over value ranks.
    ranks = {v: i + 1 for i, v in enumerate(sorted(set(altitudes)))}
    m = len(ranks)
    tree = [0] * (m + 1)
    ans = 0
    for x in altitudes:
        r = ranks[x] - 1  # best among strictly smaller values
        best = 0
        while r > 0:
            if tree[r] > best:
                best = tree[r]
            r -= r & -r
        cur = best + 1
        if cur > ans:
            ans = cur
        r = ranks[x]
        while r <= m:
            if tree[r] < cur:
                tree[r] = cur
            r += r & -r
    return ans
