import random

CORNER = [
    [[0]],
    [[0, 5], [7, 0]],
    [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
    [[0, 1, 10], [10, 0, 1], [1, 10, 0]],
    [[0, 1000000, 1000000, 1000000], [1000000, 0, 1000000, 1000000],
     [1000000, 1000000, 0, 1000000], [1000000, 1000000, 1000000, 0]],
    # nearest-first from the depot (to 1) is a trap
    [[0, 1, 2, 50, 50], [60, 0, 60, 60, 3], [50, 50, 0, 4, 50],
     [50, 5, 50, 0, 50], [6, 50, 50, 50, 0]],
    [[0, 3, 9, 4], [3, 0, 2, 8], [9, 2, 0, 1], [4, 8, 1, 0]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[row[:] for row in CORNER[case]]]
    n = {1: 7, 2: 9, 3: 11}[level]
    hi = [100, 10**4, 10**6][case]
    cost = [[0 if a == b else rng.randint(0, hi) for b in range(n)] for a in range(n)]
    return [cost]
