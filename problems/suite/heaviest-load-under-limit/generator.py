import random

CORNER = [
    [[], 10],
    [[1, 2, 3], 0],
    [[11, 12, 50], 10],
    [[3, 5, 7], 12],
    [[1, 2, 3], 100],
    [[4, 4, 4, 4], 10],
    # taking the heaviest first (9) leaves 9 + 1 = 10; best is 6 + 6 = 12
    [[9, 6, 6, 1], 12],
    [[1000000, 3, 5], 1000000],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        p, lim = CORNER[case]
        return [list(p), lim]
    n = {1: 40, 2: 70, 3: 100}[level]
    lim = {1: 20000, 2: 150000, 3: 1200000}[level]
    if case == 0:
        # multiples of 6 with a limit that is 5 mod 6: the limit itself is unreachable
        lim = lim - lim % 6 + 5
        parcels = [6 * rng.randint(1, lim // 60) for _ in range(n)]
    elif case == 1:
        # multiples of 1 000 plus 7: sums stay sparse, the limit itself unreachable
        lim = lim - lim % 1000 + 999
        parcels = [1000 * rng.randint(1, lim // 20000) + 7 for _ in range(n)]
    else:
        # heavy parcels, multiples of 3, limit 2 mod 3: few parcels fit at once
        lim = lim - lim % 3 + 2
        parcels = [3 * rng.randint(lim // 60, lim // 12) for _ in range(n)]
    return [parcels, lim]
