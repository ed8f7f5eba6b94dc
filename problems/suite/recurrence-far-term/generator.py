import random

CORNER = [
    [[5, 7, 9], [11, 12, 13], 2],
    [[3], [2], 0],
    [[1, 1], [1, 1], 90],
    [[0, 0, 0, 1], [1, 2, 3, 4], 1001],
    [[1000000000, 999999999], [1000000000, 998244353], 1234],
    [[4, 0, 2], [1, 0, 7], 3],
    [[1] * 12, list(range(12)), 15],
    [[0, 1], [0, 0], 999],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        c, s, n = CORNER[case]
        return [list(c), list(s), n]
    k = {1: 8, 2: 60, 3: 150}[level]
    base = {1: 1000, 2: 100000, 3: 500000}[level]
    n = base + rng.randint(-base // 5, base // 5)
    if case == 2:
        coeffs = [rng.randint(0, 1) for _ in range(k)]  # sparse 0/1 coefficients
    else:
        coeffs = [rng.randint(0, 10**9) for _ in range(k)]
    seed = [rng.randint(0, 10**9) for _ in range(k)]
    return [coeffs, seed, n]
