from functools import lru_cache
from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    a = list(altitudes)
    n = len(a)

    @lru_cache(maxsize=None)
    def longest_from(i: int) -> int:
        # longest climb starting with waypoint i
        best = 0
        x = a[i]
        for j in range(i + 1, n):
            if a[j] > x:
                v = longest_from(j)
                if v > best:
                    best = v
        return best + 1

    ans = 0
    # evaluate from the right so the recursion never gets deep
    for i in range(n - 1, -1, -1):
        v = longest_from(i)
        if v > ans:
            ans = v
    return ans
