import random

CORNER = [
    [[3, 1, 2], []],
    [[7], [[0, 0, 7], [0, 0, 6]]],
    [[4, 5, 6], [[0, 2, 3], [1, 2, -1000000000]]],
    [[4, 5, 6], [[0, 2, 1000000000], [0, 1, 5]]],
    [[2, 2, 2, 2], [[0, 3, 2], [1, 2, 1], [0, 0, 2]]],
    [[-5, -1, -9, -1000000000, 1000000000, 0], [[0, 5, -5], [2, 4, -1000000000], [0, 5, 0]]],
    [[9, 3, 7, 1], [[0, 0, 9], [1, 1, 2], [2, 2, 7], [3, 3, 0]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        a, q = CORNER[case]
        return [list(a), [list(x) for x in q]]
    n = (100, 1000, 6500)[level - 1]
    ri = rng.randint
    rr = rng.randrange
    if case == 0:
        noise = [ri(-10**9, 10**9) for _ in range(n)]
    elif case == 1:
        noise = [i * 1000 + ri(-50000, 50000) for i in range(n)]
    else:
        noise = [ri(0, 9) for _ in range(n)]
    lo_v = min(noise)
    hi_v = max(noise)
    periods = []
    for _ in range(n):
        lo = rr(n // 3)
        hi = rr(lo + n // 3, n)
        periods.append([lo, hi, ri(max(lo_v - 1, -10**9), hi_v)])
    return [noise, periods]
