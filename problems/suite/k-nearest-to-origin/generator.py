import random

CORNER = [
    [[1, 2], [3, 4], 0],
    [[5, -5, 0], [0, 0, 5], 3],
    [[-9], [4], 1],
    [[2, -2, 0, 0, 2], [0, 0, 2, -2, 0], 3],
    [[0, 10**6, 0, -10**6], [0, -10**6, 0, 10**6], 2],
    [[-3, -4, 1, 0], [-4, -3, 1, 0], 4],
    [[], [], 0],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        xs, ys, k = CORNER[case]
        return [list(xs), list(ys), k]
    n = 10 ** (level + 2)
    span = 10**6 if case != 1 else 300
    xs = [rng.randint(-span, span) for _ in range(n)]
    ys = [rng.randint(-span, span) for _ in range(n)]
    k = max(1, rng.randint(*((1, 20), (50, 150), (250, 400))[case]) // 10 ** (3 - level))
    return [xs, ys, k]
