import random

CORNER = [
    [],
    [[1]],
    [[0]],
    [[1, 1, 1], [1, 1, 1], [1, 1, 1]],
    [[1, 1, 0, 0], [0, 1, 1, 0], [0, 0, 1, 1], [0, 0, 0, 1]],
    [[1, 1, 0], [1, 1, 0], [1, 1, 0]],
    [[0, 1, 1, 1, 1], [1, 0, 1, 1, 1], [1, 1, 0, 1, 1], [1, 1, 1, 0, 1], [1, 1, 1, 1, 0]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[row[:] for row in CORNER[case]]]
    n = {1: 7, 2: 10, 3: 13}[level]
    if case == 0:
        table = [[1 if rng.random() < 0.5 else 0 for _ in range(n)] for _ in range(n)]
    elif case == 1:
        table = [[1 if rng.random() < 0.8 else 0 for _ in range(n)] for _ in range(n)]
    else:
        table = [[0 if i == j else 1 for j in range(n)] for i in range(n)]
    return [table]
