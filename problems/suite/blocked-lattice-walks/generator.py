import random

CORNER = [
    [1, 1, []],
    [4, 4, [[0, 0]]],
    [3, 5, [[2, 4], [1, 1]]],
    [1, 7, [[0, 3]]],
    [4, 4, [[0, 3], [1, 2], [2, 1], [3, 0]]],
    [3, 3, [[1, 1], [1, 1], [1, 1]]],
    [6, 4, []],
    [50, 70, [[1, 0], [5, 5], [25, 34], [49, 68]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        r, c, b = CORNER[case]
        return [r, c, [list(x) for x in b]]
    size = {1: 300, 2: 1000, 3: 2500}[level]
    k = {1: 50, 2: 130, 3: 360}[level]
    rows = size + rng.randint(-size // 10, size // 10)
    cols = size + rng.randint(-size // 10, size // 10)
    blocked = []
    while len(blocked) < k:
        if case == 0:
            r, c = rng.randrange(rows), rng.randrange(cols)
        elif case == 1:
            t = rng.random()
            r = int(t * (rows - 1)) + rng.randint(-15, 15)
            c = int(t * (cols - 1)) + rng.randint(-15, 15)
        else:
            r = rng.choice((rng.randint(0, 40), rows - 1 - rng.randint(0, 40)))
            c = rng.choice((rng.randint(0, 40), cols - 1 - rng.randint(0, 40)))
        if 0 <= r < rows and 0 <= c < cols and (r, c) != (0, 0) and (r, c) != (rows - 1, cols - 1):
            blocked.append([r, c])
    return [rows, cols, blocked]
