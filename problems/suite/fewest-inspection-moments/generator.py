import random

CORNER = [
    [],
    [[3, 8]],
    [[0, 5], [5, 9], [9, 12]],
    [[2, 6], [2, 6], [2, 6], [2, 6]],
    [[0, 100], [10, 90], [20, 80], [30, 70]],
    [[5, 9], [1, 5], [1, 3], [3, 5]],
    [[1, 3], [3, 5], [2, 4], [4, 6], [0, 7]],
    [[0, 1000000000], [999999999, 1000000000], [0, 1]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(b) for b in CORNER[case]]]
    n = {1: 400, 2: 4000, 3: 40000}[level]
    horizon = 10**9
    # Stays about 20 times longer than the mean gap between arrivals: each
    # inspection meets a dozen or so guests, so the answer grows with n.
    span = 20 * horizon // n
    out = []
    for k in range(n):
        if case == 0:
            a = rng.randrange(horizon)
            b = a + rng.randint(1, span)
        elif case == 1:
            # whole hours: many equal arrival and leave times
            a = rng.randrange(n)
            b = a + rng.randint(1, 24)
        elif k % 50 == 0:
            # a few long stays that one inspection anywhere would meet
            a = rng.randrange(horizon // 4)
            b = a + rng.randint(horizon // 2, 3 * horizon // 4)
        else:
            a = rng.randrange(horizon)
            b = a + rng.randint(1, span // 2)
        out.append([a, min(b, horizon)])
    return [out]
