def rotate_clockwise(grid):
    if not grid:
        return []
    result = [[] for _ in grid[0]]
    for row in grid:
        for i, value in enumerate(row):
            # each later input row goes in front: rebuild the output row every time
            result[i] = [value] + result[i]
    return result
