import random

CORNER = [
    [[], []],
    [[[0, 5, 1], [2, 9, 3]], []],
    [[[0, 4, 0], [4, 8, 4]], [[4, 0, 4], [0, 0, 0], [8, 4, 9]]],
    [[[0, 4, 10], [6, 9, 10]], [[5, 0, 20], [10, 0, 9]]],
    [[[3, 3, 3]], [[3, 3, 3], [3, 4, 5], [2, 0, 9]]],
    [[[1, 6, 2], [1, 6, 2], [1, 6, 2]], [[2, 1, 2], [2, 1, 2]]],
    [[[0, 1000000000, 1000000000], [0, 1000000000, 0]], [[0, 0, 1000000000], [1000000000, 0, 1000000000]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        h, v = CORNER[case]
        return [[list(s) for s in h], [list(s) for s in v]]
    half = (64, 420, 2800)[level - 1]
    ri = rng.randint
    if case == 0:
        top = 10**9
        span = top // 3
    elif case == 1:
        top = 60
        span = 20
    else:
        top = 10**6
        span = top * 2 // 3
    east_west = []
    north_south = []
    for _ in range(half):
        a = ri(0, top - span)
        east_west.append([a, a + ri(span // 2, span), ri(0, top)])
        b = ri(0, top - span)
        north_south.append([ri(0, top), b, b + ri(span // 2, span)])
    return [east_west, north_south]
