import random

CORNER = [
    [[], 4],
    [[5, -3, 8], 1],
    [[6], 3],
    [[1, 1, 1], 7],
    [[-4, 4, -4, 4, 1], 8],
    [[0, 0, 0, 2], 5],
    [[10**9, -10**9, 10**9, 10**9], 999],
    [[3, 1, 4, 1, 5, 9, 2, 6], 6],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        vals, m = CORNER[case]
        return [list(vals), m]
    n = 2 * 10 ** (level + 2)
    mmax = (100, 500, 1000)[level - 1]
    m = rng.randint(mmax // 2, mmax)
    if case == 0:
        values = [rng.randint(-10**6, 10**6) for _ in range(n)]
    elif case == 1:
        values = [rng.randint(0, 50) for _ in range(n)]
    else:
        # mostly multiples of m with a little noise, so long runs appear inside
        values = [m * rng.randint(-1000, 1000) + (rng.randint(1, m - 1) if rng.random() < 0.01 else 0)
                  for _ in range(n)]
    return [values, m]
