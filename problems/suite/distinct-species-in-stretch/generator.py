import random

CORNER = [
    [[4, 5, 4], []],
    [[9], [[0, 0]]],
    [[2, 2, 2, 2, 2], [[0, 4], [1, 3], [2, 2]]],
    [[10, 20, 30, 40, 50], [[0, 4], [1, 3], [0, 0], [4, 4]]],
    [[1, 2, 1, 2, 3], [[0, 4], [0, 4], [0, 4]]],
    [[1000000000, 0, 1000000000, 5, 0, 5], [[0, 5], [0, 5]]],
    [[3, 1, 4, 1, 5, 9, 2, 6], [[0, 0], [1, 1], [3, 3], [7, 7]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        s, q = CORNER[case]
        return [list(s), [list(x) for x in q]]
    n = {1: 200, 2: 3000, 3: 11000}[level]
    if case == 0:
        samples = [rng.randint(1, 50) for _ in range(n)]
    elif case == 1:
        samples = [rng.randint(0, 10**9) for _ in range(n)]
    else:
        samples = []
        cur = rng.randint(0, 1000)
        for _ in range(n):
            if rng.random() < 0.05:
                cur = rng.randint(0, 1000)
            samples.append(cur + rng.randint(0, 3))
    stretches = []
    for _ in range(n):
        lo = rng.randrange(n // 3)
        hi = rng.randrange(lo + n // 3, n)
        stretches.append([lo, hi])
    return [samples, stretches]
