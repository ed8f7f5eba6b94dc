import sys
from functools import lru_cache
from typing import List


def guest_list_without_direct_boss(boss: List[int], cheer: List[int]) -> int:
    n = len(boss)
    sys.setrecursionlimit(max(1000, 3 * n + 100))
    children = [[] for _ in range(n)]
    root = -1
    for i, b in enumerate(boss):
        if b == -1:
            root = i
        else:
            children[b].append(i)

    @lru_cache(maxsize=None)
    def best(v: int, may_invite: bool) -> int:
        without = sum(best(c, True) for c in children[v])
        if not may_invite:
            return without
        with_v = cheer[v] + sum(best(c, False) for c in children[v])
        return max(with_v, without)

    return max(best(root, True), 0)
