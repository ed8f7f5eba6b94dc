from operator import add
from typing import List


def courier_round_trip(cost: List[List[int]]) -> int:
    n = len(cost)
    if n == 1:
        return 0
    m = n - 1  # locations 1..n-1 become bits 0..m-1
    INF = float("inf")
    # col[j][k] = price from location k+1 to location j+1
    cols = [[cost[k + 1][j + 1] for k in range(m)] for j in range(m)]
    pairs = [(1 << j, cols[j]) for j in range(m)]
    full = 1 << m
    # dp[mask][j]: cheapest path depot -> exactly the locations of `mask` -> ends at j
    inf_row = [INF] * m
    dp = [inf_row] * full
    for j in range(m):
        row = inf_row[:]
        row[j] = cost[0][j + 1]
        dp[1 << j] = row
    _min = min
    _map = map
    for mask in range(3, full):
        if mask & (mask - 1):
            dp[mask] = [_min(_map(add, dp[mask ^ b], c)) if mask & b else INF
                        for b, c in pairs]
    back = [cost[j + 1][0] for j in range(m)]
    return int(min(map(add, dp[full - 1], back)))
