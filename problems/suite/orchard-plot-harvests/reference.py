from itertools import accumulate


def plot_harvests(grid, plots):
    # pre[r + 1][c + 1] = total of grid[0..r][0..c]; every plot is then four lookups.
    cols = len(grid[0])
    above = [0] * (cols + 1)
    pre = [above]
    for row in grid:
        run = accumulate(row, initial=0)
        above = [a + b for a, b in zip(above, run)]
        pre.append(above)
    out = []
    push = out.append
    for r1, c1, r2, c2 in plots:
        lo = pre[r1]
        hi = pre[r2 + 1]
        push(hi[c2 + 1] - hi[c1] - lo[c2 + 1] + lo[c1])
    return out
