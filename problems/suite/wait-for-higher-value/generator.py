import random

CORNER = [
    [],
    [4],
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
    [0, 0, 0, 0],
    [-5, -9, -1, -1, -7, 0],
    [2, 2, 1, 1, 3, 3, 2, 4],
    [10**9, -10**9, 10**9 - 1, 10**9],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 400, 2: 6000, 3: 100000}[level]
    if case == 0:
        # uniform noise on a gently falling slope
        return [[rng.randint(0, 10**6) - 5000 * i for i in range(n)]]
    values = []
    if case == 1:
        x = 0
        for _ in range(n):
            x += rng.randint(-1000, 990)
            values.append(x)
        return [values]
    # long descending teeth, each starting a little lower than the previous one
    top = 10**8
    while len(values) < n:
        length = rng.randint(n // 50, n // 10)
        x = top
        for _ in range(length):
            values.append(x)
            x -= rng.randint(0, 50)
        top -= rng.randint(-100, 1000)
    return [values[:n]]
