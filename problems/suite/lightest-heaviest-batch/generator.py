import random

CORNER = [
    [[9], 1],
    [[3, 1, 4, 1, 5], 1],
    [[3, 1, 4, 1, 5], 9],
    [[2, 2, 2, 2, 2, 2], 4],
    [[1, 1, 10000, 1, 1], 2],
    [[], 3],
    [[5, 1, 1, 1, 5, 1, 1, 1, 5], 3],
    [[10000, 9999, 10000, 9999], 3],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        w, m = CORNER[case]
        return [list(w), m]
    n = 2 * 10 ** (level + 2) if level > 1 else 200
    mmax = (40, 300, 1000)[level - 1]
    m = rng.randint(mmax // 4, mmax)
    if case == 0:
        weights = [rng.randint(1, 100) for _ in range(n)]
    elif case == 1:
        weights = [rng.randint(1, 20) if rng.random() < 0.9 else rng.randint(100, 200) for _ in range(n)]
    else:
        weights = []
        while len(weights) < n:
            level_w = rng.randint(1, 150)
            weights.extend(max(1, level_w + rng.randint(-5, 5)) for _ in range(rng.randint(50, 500)))
        del weights[n:]
    return [weights, m]
