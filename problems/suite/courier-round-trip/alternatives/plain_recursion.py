from typing import List


def courier_round_trip(cost: List[List[int]]) -> int:
    n = len(cost)
    if n == 1:
        return 0

    def solve(here, remaining):
        # cheapest way to visit every location in `remaining` from `here`, then go home
        if not remaining:
            return cost[here][0]
        best = float("inf")
        for nxt in remaining:
            rest = [x for x in remaining if x != nxt]
            best = min(best, cost[here][nxt] + solve(nxt, rest))
        return best

    return solve(0, list(range(1, n)))
