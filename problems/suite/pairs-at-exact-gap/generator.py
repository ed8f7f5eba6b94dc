import random

CORNER = [
    [[], 3],
    [[5], 0],
    [[2, 2, 2, 2], 0],
    [[1, 2, 3, 4, 5], 10],
    [[-3, 3, 0, -6, 6, -3], 3],
    [[10**9, -10**9, 0, 10**9], 10**9],
    [[1, 5, 1, 5, 1], 4],
    [[0, 0, 1, 1, 2, 2], 1],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(v) if isinstance(v, list) else v for v in CORNER[case]]
    n = 2 * 10 ** (level + 2)
    spread = (40, 1000, 2000)[level - 1]
    base = rng.randint(-10**6, 10**6)
    values = [base + rng.randint(0, spread) for _ in range(n)]
    if case == 0:
        k = 0
    else:
        k = rng.randint(1, spread // 3)
    return [values, k]
