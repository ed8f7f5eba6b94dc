from math import isqrt
import random

CORNER = [
    [[4, 7]],
    [[4, 7], [4, 7], [4, 7]],
    [[5, 1], [-2, 3]],
    [[0, 0], [3, 3], [1, 1], [2, 2], [-1, -1]],
    [[0, 0], [4, 0], [4, 4], [0, 4], [2, 2], [2, 0], [4, 2], [1, 3]],
    [[0, 0], [0, 0], [6, 0], [6, 0], [3, 5], [3, 5], [3, 1]],
    [[0, 0], [10, 0], [5, 8]],
    [[-1000000000, -1000000000], [1000000000, -1000000000], [1000000000, 1000000000],
     [-1000000000, 1000000000], [0, 0], [-1000000000, 0]],
    [[2, 5], [2, -3], [2, 0], [2, 5]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(p) for p in CORNER[case]]]
    n = {1: 200, 2: 4000, 3: 12000}[level]
    on_hull = {1: 40, 2: 400, 3: 1000}[level] * (case + 1) // 2
    R = 10**9 - 10
    pts = []
    # points on a huge circle (almost all of them become corners)
    for _ in range(on_hull):
        if rng.random() < 0.5:
            x = rng.randint(-R, R)
            y = isqrt(R * R - x * x) * rng.choice((1, -1))
        else:
            y = rng.randint(-R, R)
            x = isqrt(R * R - y * y) * rng.choice((1, -1))
        pts.append([x, y])
    # the rest strictly inside, some of them duplicated
    r_in = R // 2
    while len(pts) < n:
        if pts and rng.random() < 0.05:
            pts.append(list(pts[rng.randrange(len(pts))]))
        else:
            pts.append([rng.randint(-r_in, r_in), rng.randint(-r_in, r_in)])
    rng.shuffle(pts)
    return [pts]
