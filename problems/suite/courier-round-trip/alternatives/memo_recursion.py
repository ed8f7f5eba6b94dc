from functools import lru_cache
from typing import List


def courier_round_trip(cost: List[List[int]]) -> int:
    n = len(cost)
    if n == 1:
        return 0

    @lru_cache(maxsize=None)
    def finish(here: int, remaining: frozenset) -> int:
        # cheapest way to visit every location in `remaining` from `here`, then go home
        if not remaining:
            return cost[here][0]
        return min(cost[here][nxt] + finish(nxt, remaining - {nxt}) for nxt in remaining)

    return finish(0, frozenset(range(1, n)))
