from typing import List


def orchard_walk_most_fruit(grid: List[List[int]]) -> int:
    NEG = -1
    # best[c]: most fruit on a walk ending at column c of the current row (-1: unreachable)
    first = grid[0]
    best = []
    run = 0
    for v in first:
        if v < 0 or run < 0:
            run = NEG
        else:
            run += v
        best.append(run)
    for row in grid[1:]:
        left = NEG
        new = []
        append = new.append
        for up, v in zip(best, row):
            if v < 0:
                left = NEG
            else:
                m = up if up > left else left
                left = m + v if m >= 0 else NEG
            append(left)
        best = new
    return best[-1]
