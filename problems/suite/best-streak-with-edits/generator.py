import random

CORNER = [
    [[5], [[1, 0, 0], [0, 0, -4], [1, 0, 0]]],
    [[-7, -3, -9, -3], [[1, 0, 3], [1, 2, 2], [1, 0, 0]]],
    [[1, 2, 3, 4], [[1, 0, 3], [1, 1, 2]]],
    [[1, 2, 3], [[0, 0, 5], [0, 2, -5]]],
    [[4, -10, 4], [[1, 1, 1], [1, 0, 2]]],
    [[4, -10, 4], [[0, 1, 10], [1, 0, 2], [0, 1, -8], [1, 0, 2]]],
    [[0, 0, -1, 0], [[1, 0, 3], [1, 2, 2]]],
    [[1000000000, -1000000000, 1000000000, 1000000000],
     [[1, 0, 3], [0, 1, 1000000000], [1, 0, 3], [1, 1, 1]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        p, o = CORNER[case]
        return [list(p), [list(x) for x in o]]
    n = {1: 500, 2: 8000, 3: 30000}[level]
    q = {1: 100, 2: 600, 3: 1200}[level]
    if case == 0:
        profits = [rng.randint(-1000, 1000) for _ in range(n)]
    elif case == 1:
        profits = [rng.randint(-10**9, 10**9 // 2) for _ in range(n)]
    else:
        profits = [rng.randint(-100, 60) for _ in range(n)]
    ops = []
    for _ in range(q):
        if rng.random() < 0.4:
            ops.append([0, rng.randrange(n), rng.randint(-1000, 1000)])
        else:
            lo = rng.randrange(n // 2)
            hi = rng.randrange(lo + n // 4, n)
            ops.append([1, lo, hi])
    return [profits, ops]
