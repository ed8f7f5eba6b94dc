import random

CORNER = [
    [[], 5],
    [[1, 2, 3], 100],
    [[-4, 9, -4], 9],
    [[-1, -2, -3], 1],
    [[1, 1, 1, 1], 4],
    [[5, -10, 3, 3], 6],
    [[10**6, -10**6, 10**6, 10**6], 2 * 10**6],
    [[3, -2, 3, -2, 3, -2, 3], 5],
    [[0, 0, 0, 1], 1],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        vals, target = CORNER[case]
        return [list(vals), target]
    n = 10 ** (level + 2) if level > 1 else 200
    if case == 0:
        values = [rng.randint(-1000, 1050) for _ in range(n)]
        target = rng.randint(20000, 40000)
    elif case == 1:
        values = [rng.randint(-10**6, 10**6) for _ in range(n)]
        target = rng.randint(10**7, 3 * 10**7)
    else:
        # calm drifting stretches interrupted by deep dips
        values = []
        while len(values) < n:
            if rng.random() < 0.1:
                values.extend(rng.randint(-10**6, -10**5) for _ in range(rng.randint(1, 5)))
            else:
                values.extend(rng.randint(-500, 560) for _ in range(rng.randint(100, 600)))
        del values[n:]
        target = rng.randint(5000, 15000)
    return [values, target]
