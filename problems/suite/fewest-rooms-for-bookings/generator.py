import random

CORNER = [
    [],
    [[3, 8]],
    [[0, 5], [5, 9], [9, 12]],
    [[2, 6], [2, 6], [2, 6], [2, 6]],
    [[0, 100], [10, 90], [20, 80], [30, 70]],
    [[5, 5], [5, 5], [1, 5], [5, 9]],
    [[1, 3], [3, 5], [2, 4], [4, 6], [0, 7]],
    [[0, 1000000000], [999999999, 1000000000], [0, 1]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(b) for b in CORNER[case]]]
    n = {1: 2000, 2: 10000, 3: 40000}[level]
    horizon = 10**9
    out = []
    for _ in range(n):
        if case == 0:
            a = rng.randrange(horizon)
            b = a + rng.randint(0, horizon // 50)
        elif case == 1:
            # integer hours: many equal arrival/leave times
            a = rng.randrange(2000)
            b = a + rng.randint(0, 60)
        else:
            # a busy season in the middle
            a = int(rng.triangular(0, horizon, horizon / 2))
            b = a + rng.randint(1, horizon // 100)
        out.append([a, min(b, horizon)])
    return [out]
