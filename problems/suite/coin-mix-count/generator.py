import random

CORNER = [
    ([1, 2, 5], 0),
    ([], 7),
    ([4], 6),
    ([20, 30], 12),
    ([1], 9),
    ([1, 2, 5, 10], 12),
    ([3, 6, 9, 2], 12),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        coins, amount = CORNER[case]
        return [list(coins), amount]
    amount = {1: 100, 2: 1000, 3: 10000}[level]
    if case == 0:
        coins = list(range(1, 11))
    elif case == 1:
        coins = sorted(rng.sample(range(1, 40), 10))
    else:
        coins = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        rng.shuffle(coins)
    return [coins, amount]
