def rotate_clockwise(grid):
    rows = len(grid)
    if rows == 0:
        return []
    cols = len(grid[0])
    return [[grid[rows - 1 - j][i] for j in range(rows)] for i in range(cols)]
