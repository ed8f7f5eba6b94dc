import random

CORNER = [
    [],
    [1],
    [10**30],
    [1, 1, 1, 1],
    [2, 2, 2, 2, 2, 3],
    [10**30, 10**30 - 1, 999999999999999989, 2**99, 7],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (90, 420, 2000)[level - 1]
    if case == 0:
        vals = [rng.randint(10**29, 10**30) for _ in range(n)]
    elif case == 1:
        # mixed magnitudes, some ones and powers of two
        vals = []
        for _ in range(n):
            r = rng.random()
            if r < 0.1:
                vals.append(1)
            elif r < 0.2:
                vals.append(1 << rng.randint(1, 99))
            else:
                vals.append(rng.randint(1, 10 ** rng.randint(1, 30)))
    else:
        # sorted descending: a fold starts with the biggest factors
        vals = sorted((rng.randint(1, 10**30) for _ in range(n)), reverse=True)
    return [vals]
