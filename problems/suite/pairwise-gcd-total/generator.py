import random

CORNER = [
    [12],
    [8, 8],
    [1, 1, 1, 1, 1],
    [2, 3, 5, 7, 11, 13],
    [1, 2, 4, 8, 16, 32, 64],
    [2000, 1, 1000],
    [6, 10, 6, 15, 10, 6],
    [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 200, 2: 4000, 3: 12000}[level]
    M = {1: 1000, 2: 20000, 3: 50000}[level]
    if case == 0:
        vals = [rng.randint(1, M) for _ in range(n)]
    elif case == 1:
        smooth = [2, 3, 4, 6, 12, 30, 60, 210]
        vals = []
        for _ in range(n):
            f = rng.choice(smooth)
            vals.append(f * rng.randint(1, M // f))
    else:
        pool = [rng.randint(1, M) for _ in range(n // 20)]
        vals = [rng.choice(pool) for _ in range(n)]
        vals[0] = M  # keep the maximum at the level's bound
    return [vals]
