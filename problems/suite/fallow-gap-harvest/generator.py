import random

CORNER = [
    ([], 2),
    ([7], 0),
    ([0, 0, 0, 0], 1),
    ([3, 1, 4, 1, 5], 0),
    ([2, 9, 4], 5),
    ([10, 1, 10, 1, 10, 1, 10, 1], 1),
    ([6, 7, 6, 0, 0, 9, 1], 1),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        ys, g = CORNER[case]
        return [list(ys), g]
    n = {1: 420, 2: 2000, 3: 10000}[level]
    if case == 0:
        ys = [rng.randint(0, 10**9) for _ in range(n)]
        g = 1
    elif case == 1:
        ys = [rng.randint(0, 1000) for _ in range(n)]
        g = rng.randint(2, 6)
    else:
        # zeros with occasional big yields
        ys = [rng.randint(1, 10**9) if rng.random() < 0.3 else 0 for _ in range(n)]
        g = rng.randint(0, 3)
    return [ys, g]
