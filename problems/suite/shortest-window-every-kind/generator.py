import random

CORNER = [
    [],
    [13],
    [4, 4, 4, 4],
    [1, 2, 3, 4, 5],
    [1, 2, 3, 1, 1, 1, 1, 2, 1],
    [7, 7, 7, 8, 9, 8, 9, 7],
    [-10**9, 0, 0, 0, 10**9, 10**9, -10**9],
    [5, 1, 1, 5, 2, 2, 2, 1, 5, 2],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 10 ** (level + 2)
    lo, hi = ((3, 8), (30, 80), (60, 150))[level - 1]
    kinds = rng.randint(lo, hi)
    pool = rng.sample(range(-10**9, 10**9), kinds)
    if case == 0:
        values = [rng.choice(pool) for _ in range(n)]
    elif case == 1:
        weights = [1.0 + 3.0 * rng.random() for _ in range(kinds)]
        values = rng.choices(pool, weights=weights, k=n)
    else:
        # long stretches that each lack one to three kinds; full coverage needs
        # a window reaching across stretch boundaries
        values = []
        while len(values) < n:
            absent = set(rng.sample(range(kinds), rng.randint(1, 3)))
            allowed = [pool[i] for i in range(kinds) if i not in absent]
            for _ in range(rng.randint(kinds, 8 * kinds)):
                values.append(rng.choice(allowed))
        del values[n:]
    return [values]
