from itertools import accumulate


def plot_harvests(grid, plots):
    # Prefix sums along each row only: one subtraction per row of the plot.
    pre = [list(accumulate(row, initial=0)) for row in grid]
    result = []
    for r1, c1, r2, c2 in plots:
        hi = c2 + 1
        total = 0
        for p in pre[r1:r2 + 1]:
            total += p[hi] - p[c1]
        result.append(total)
    return result
