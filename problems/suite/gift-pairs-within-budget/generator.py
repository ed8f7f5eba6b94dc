import random

CORNER = [
    [[], 5],
    [[3], 10],
    [[1, 2, 3, 4], 100],
    [[10, 20, 30], 15],
    [[5, 5, 5, 5, 5, 5], 10],
    [[0, 0, 1], -1],
    [[1000000000, 1000000000, 0, 999999999], 2000000000],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        p, b = CORNER[case]
        return [list(p), b]
    n = (250, 1500, 6000)[level - 1]
    ri = rng.randint
    if case == 0:
        prices = [ri(0, 10**9) for _ in range(n)]
        budget = 10**9
    elif case == 1:
        prices = [ri(0, 50) * 1000 for _ in range(n)]
        budget = 50000
    else:
        prices = [ri(0, 10**6) for _ in range(n)]
        s = sorted(prices)
        budget = s[n // 2] * 2 + ri(-5, 5)
    return [prices, budget]
