from itertools import permutations
from typing import List


def courier_round_trip(cost: List[List[int]]) -> int:
    n = len(cost)
    if n == 1:
        return 0
    best = None
    for order in permutations(range(1, n)):
        total = cost[0][order[0]]
        for i in range(len(order) - 1):
            total += cost[order[i]][order[i + 1]]
        total += cost[order[-1]][0]
        if best is None or total < best:
            best = total
    return best
