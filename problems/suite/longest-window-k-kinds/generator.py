import random

CORNER = [
    [[], 3],
    [[1, 2, 3], 0],
    [[8, -8, 8, 9], 10],
    [[7], 1],
    [[2, 2, 2, 2, 2], 1],
    [[1, 2, 1, 2, 1, 2, 3], 1],
    [[-10**9, 10**9, -10**9, 0, 0, 10**9], 2],
    [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 3],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        vals, k = CORNER[case]
        return [list(vals), k]
    n = 10 ** (level + 2)
    if case == 0:
        # uniform over a small pool: windows end by coupon collection
        pool = rng.sample(range(-10**9, 10**9), 120)
        k = 100
        values = [rng.choice(pool) for _ in range(n)]
    elif case == 1:
        # slowly drifting range of values
        k = rng.randint(30, 60)
        values = []
        base = 0
        for _ in range(n):
            if rng.random() < 0.02:
                base += rng.randint(-3, 4)
            values.append(base + rng.randint(0, 40))
    else:
        # blocks of a few kinds with occasional noise values
        k = rng.randint(20, 40)
        values = []
        while len(values) < n:
            block = rng.sample(range(1000), rng.randint(10, 50))
            for _ in range(rng.randint(50, 600)):
                values.append(rng.choice(block) if rng.random() < 0.995 else rng.randint(1000, 10**6))
        del values[n:]
    return [values, k]
