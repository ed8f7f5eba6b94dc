import random

CORNER = [
    [],
    [42],
    [7, 7, 7, 7],
    [9, -2, 4, 0, 3],
    [2, 1, 2, 1, 3, 3],
    [-5, -5, 10**9, -10**9, 10**9, -5, -10**9],
    [0, 1, 0, 2, 1, 0, 3, 2, 1, 0],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (1000, 14000, 200000)[level - 1]
    distinct = n // (10, 25, 40)[case]
    pool = rng.sample(range(-10**6, 10**6), distinct)
    # heavy-tailed frequencies: weight of the i-th pool value ~ 1 / (i + 1)
    weights = [1.0 / (i + 1) ** 0.7 for i in range(distinct)]
    values = rng.choices(pool, weights=weights, k=n)
    return [values]
