import sys
from functools import lru_cache
from typing import List


def optimal_lookup_tree(counts: List[int]) -> int:
    n = len(counts)
    pre = [0] * (n + 1)
    for i in range(n):
        pre[i + 1] = pre[i] + counts[i]
    sys.setrecursionlimit(max(1000, 4 * n + 100))

    @lru_cache(maxsize=None)
    def best(i: int, j: int) -> int:
        # cheapest tree for keys i..j-1
        if i >= j:
            return 0
        return pre[j] - pre[i] + min(best(i, r) + best(r + 1, j) for r in range(i, j))

    return best(0, n)
