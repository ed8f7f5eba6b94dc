import random

CORNER = [
    [[3, 1, 2], 5],
    [[3, 1, 2], 3],
    [[-4, 0, 7], 1],
    [[], 2],
    [[5, 5, 5, 5], 2],
    [[-1, -7, -3, -2, -9], 2],
    [[9, 8, 7, 6, 5, 4, 3, 2], 3],
    [[10**9, -10**9, 0, -10**9, 10**9], 4],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        vals, k = CORNER[case]
        return [list(vals), k]
    n = 2 * 10 ** (level + 2)
    kmax = (40, 600, 1200)[level - 1]
    k = rng.randint(kmax // 3, kmax)
    if case == 0:
        values = [rng.randint(-10**6, 10**6) for _ in range(n)]
    elif case == 1:
        values = []
        x = 0
        for _ in range(n):
            x += rng.randint(-1000, 1000)
            values.append(x)
    else:
        # mostly decreasing, so maxima stay at the window's left edge
        values = []
        x = 10**7
        for _ in range(n):
            x -= rng.randint(-20, 100)
            values.append(x)
    return [values, k]
