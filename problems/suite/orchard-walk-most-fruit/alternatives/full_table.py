from typing import List


def orchard_walk_most_fruit(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    # dp[r][c]: most fruit on a walk from the entrance to plot (r, c); -1 if unreachable
    dp = [[-1] * cols for _ in range(rows)]
    run = 0
    first = dp[0]
    for c, v in enumerate(grid[0]):
        run = run + v if v >= 0 and run >= 0 else -1
        first[c] = run
    for r in range(1, rows):
        above = dp[r - 1]
        here = dp[r]
        left = -1
        for c, v in enumerate(grid[r]):
            if v < 0:
                left = -1
            else:
                up = above[c]
                m = up if up > left else left
                left = m + v if m >= 0 else -1
            here[c] = left
    return dp[rows - 1][cols - 1]
