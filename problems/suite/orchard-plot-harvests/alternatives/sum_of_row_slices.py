def plot_harvests(grid, plots):
    result = []
    for r1, c1, r2, c2 in plots:
        total = sum(sum(row[c1:c2 + 1]) for row in grid[r1:r2 + 1])
        result.append(total)
    return result
