import sys
from functools import lru_cache

MOD = 10**9 + 7


def stutter_free_multiples(bound: str, m: int) -> int:
    L = len(bound)
    sys.setrecursionlimit(max(1000, 4 * L + 100))

    @lru_cache(maxsize=None)
    def dfs(pos, rem, prev, tight, started):
        if pos == L:
            return 1 if started and rem == 0 else 0
        limit = int(bound[pos]) if tight else 9
        total = 0
        for d in range(limit + 1):
            if started and d == prev:
                continue
            now_started = started or d != 0
            total += dfs(
                pos + 1,
                (rem * 10 + d) % m if now_started else 0,
                d if now_started else -1,
                tight and d == limit,
                now_started,
            )
        return total % MOD

    return dfs(0, 0, -1, True, False)
