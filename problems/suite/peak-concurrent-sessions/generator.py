import random

CORNER = [
    [],
    [[5, 9]],
    [[1, 3], [3, 5], [5, 7]],
    [[2, 8], [2, 8], [2, 8], [2, 8]],
    [[0, 100], [10, 90], [20, 80], [30, 70], [85, 95]],
    [[0, 1], [2, 3], [4, 5]],
    [[0, 10**9], [10**9 - 1, 10**9], [0, 1]],
    [[6, 7], [1, 9], [3, 6], [5, 8], [2, 4]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(p) for p in CORNER[case]]]
    n = {1: 200, 2: 1500, 3: 50000}[level]
    horizon = 10**7
    sessions = []
    if case == 0:
        for _ in range(n):
            s = rng.randint(0, horizon - 1)
            sessions.append([s, min(horizon, s + rng.randint(1, horizon // 33))])
    elif case == 1:
        # busy hours: starts cluster around a few peaks
        peaks = [rng.randint(0, horizon) for _ in range(5)]
        for _ in range(n):
            s = int(rng.gauss(rng.choice(peaks), horizon / 40)) % horizon
            sessions.append([s, min(horizon, s + rng.randint(1, horizon // 130))])
    else:
        # short sessions on a coarse clock, so many share exact start/end times
        for _ in range(n):
            s = rng.randint(0, 20000) * 500
            sessions.append([s, s + rng.randint(1, 450) * 500])
    return [sessions]
