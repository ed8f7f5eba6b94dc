import random

CORNER = [
    [[4]],
    [[-1]],
    [[1, 2], [3, -1]],
    [[1, 0, 7, 2, 9]],
    [[3], [0], [5], [1]],
    [[1, 1, -1], [1, -1, 1], [-1, 1, 1]],
    [[1, 9, 9, -1], [1, -1, 9, 1], [1, 1, 9, 1]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[row[:] for row in CORNER[case]]]
    rows, cols = {1: (40, 40), 2: (130, 130), 3: (360, 360)}[level]
    if level == 3 and case == 2:
        rows, cols = 180, 720
    grid = [[rng.randint(0, 1000) if rng.random() >= 0.25 else -1 for _ in range(cols)]
            for _ in range(rows)]
    # carve one monotone open walk so the exit is reachable
    r = c = 0
    grid[0][0] = rng.randint(0, 1000)
    while (r, c) != (rows - 1, cols - 1):
        if r == rows - 1 or (c < cols - 1 and rng.random() < cols / (rows + cols)):
            c += 1
        else:
            r += 1
        if grid[r][c] < 0:
            grid[r][c] = rng.randint(0, 1000)
    return [grid]
