import random

CORNER = [
    ([7], 1),
    ([3, 4], 1),
    ([1, 2, 3, 4, 5], 1),
    ([1, -1, 2, 3], 1),
    ([1, 2, -1, -1, -1, 3], 2),
    ([5, 1, 1, 9], 10),
    ([0, 50, 50, 1, 50, 1, 1, 50, 0], 3),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        tolls, k = CORNER[case]
        return [list(tolls), k]
    n = {1: 300, 2: 2100, 3: 15000}[level]
    k = [n // 4, n // 2, n // 10][case]
    broken = [0.1, 0.3, 0.05][case]
    if case == 2:
        # tolls falling along the river: the window minimum keeps moving
        tolls = [max(0, 10**6 - 17 * i + rng.randint(0, 1000)) for i in range(n)]
    else:
        tolls = [rng.randint(0, 10**6) for _ in range(n)]
    for i in range(1, n - 1):
        if rng.random() < broken:
            tolls[i] = -1
    return [tolls, k]
