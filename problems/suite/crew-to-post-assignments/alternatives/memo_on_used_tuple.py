from functools import lru_cache
from typing import List, Tuple


def crew_to_post_assignments(qualified: List[List[int]]) -> int:
    n = len(qualified)

    @lru_cache(maxsize=None)
    def count(i: int, used: Tuple[bool, ...]) -> int:
        if i == n:
            return 1
        total = 0
        for j in range(n):
            if qualified[i][j] and not used[j]:
                total += count(i + 1, used[:j] + (True,) + used[j + 1:])
        return total

    return count(0, tuple([False] * n))
