import copy
from typing import List


def orchard_walk_most_fruit(grid: List[List[int]]) -> int:
    dp = copy.deepcopy(grid)  # work on a copy so the input stays intact
    rows, cols = len(dp), len(dp[0])
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == -1:
                dp[r][c] = -1
                continue
            if r == 0 and c == 0:
                continue
            best = -1
            if r > 0 and dp[r - 1][c] != -1:
                best = max(best, dp[r - 1][c])
            if c > 0 and dp[r][c - 1] != -1:
                best = max(best, dp[r][c - 1])
            dp[r][c] = best + grid[r][c] if best != -1 else -1
    return dp[rows - 1][cols - 1]
