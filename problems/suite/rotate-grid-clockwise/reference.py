def rotate_clockwise(grid):
    return list(map(list, zip(*reversed(grid))))
