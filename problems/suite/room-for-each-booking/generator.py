import random

CORNER = [
    [],
    [[3, 8]],
    [[0, 5], [5, 9], [9, 12]],
    [[2, 6], [2, 6], [2, 6], [2, 6]],
    [[0, 100], [10, 90], [20, 80], [30, 70]],
    [[5, 9], [1, 5], [1, 3], [3, 5]],
    [[0, 10], [0, 5], [0, 20], [12, 30], [6, 30]],
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
            b = a + rng.randint(1, horizon // 50)
        elif case == 1:
            # integer hours: many equal arrival and leave times
            a = rng.randrange(2000)
            b = a + rng.randint(1, 60)
        else:
            # conference days: everyone arrives in the morning and leaves by the
            # evening, so each morning finds every room of the day before free
            day = rng.randrange(20)
            a = day * (horizon // 20) + rng.randrange(horizon // 80)
            b = a + rng.randint(horizon // 80, horizon // 40)
        out.append([a, min(b, horizon)])
    return [out]
