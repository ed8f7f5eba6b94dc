import random

CORNER = [
    [],
    [[-3, 4]],
    [[0, 2], [2, 4], [4, 6]],
    [[0, 100], [10, 20], [30, 40]],
    [[5, 9], [5, 9], [5, 9]],
    [[-10**9, -10**9 + 1], [10**9 - 1, 10**9]],
    [[7, 9], [1, 3], [2, 8], [20, 21]],
    [[-5, -1], [-2, 3], [10, 12], [11, 15], [0, 1]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(p) for p in CORNER[case]]]
    n = 5 * 10 ** (level + 1)
    blocks = max(5, n // (130, 200, 400)[case])
    span = 10**7
    # pick well separated block centres, then scatter intervals around them
    centres = sorted(rng.sample(range(-span, span), blocks))
    radius = max(2, span // blocks // 3)
    intervals = []
    for _ in range(n):
        c = rng.choice(centres)
        a = c + rng.randint(-radius, radius)
        intervals.append([a, a + rng.randint(1, radius // 2 + 1)])
    return [intervals]
