import sys
from functools import lru_cache
from typing import List


def orchard_walk_most_fruit(grid: List[List[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    sys.setrecursionlimit(max(1000, 4 * (rows + cols) + 100))

    @lru_cache(maxsize=None)
    def best_to(r: int, c: int) -> int:
        # most fruit on a walk from (0, 0) to (r, c), -1 if none
        if grid[r][c] == -1:
            return -1
        if r == 0 and c == 0:
            return grid[0][0]
        m = -1
        if r > 0:
            m = max(m, best_to(r - 1, c))
        if c > 0:
            m = max(m, best_to(r, c - 1))
        return m + grid[r][c] if m != -1 else -1

    # fill row by row so the recursion stays shallow
    for r in range(rows):
        for c in range(cols):
            best_to(r, c)
    return best_to(rows - 1, cols - 1)
