from math import isqrt
import random

CORNER = [
    [],
    [[[0, 0], [1, 0], [1, 1], [0, 1]]],
    [[[0, 0], [10, 1], [0, 1]]],
    [[[0, 0], [6, 0], [0, 4]]],
    [[[0, 0], [5, 0], [7, 2], [7, 5], [0, 5]], [[0, 0], [2, 0], [2, 2]]],
    [[[-5, -5], [-1, -6], [2, -2], [-3, 1]]],
    [[[999999990, 999999990], [1000000000, 999999995], [999999995, 1000000000]],
     [[-1000000000, -1000000000], [-999999980, -1000000000], [-1000000000, -999999999]]],
]


def _strict_hull(points):
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def build(seq):
        chain = []
        for p in seq:
            while len(chain) >= 2:
                (ax, ay), (bx, by) = chain[-2], chain[-1]
                if (bx - ax) * (p[1] - ay) - (by - ay) * (p[0] - ax) <= 0:
                    chain.pop()
                else:
                    break
            chain.append(p)
        return chain

    lower = build(pts)
    upper = build(reversed(pts))
    return lower[:-1] + upper[:-1]


def _plot(rng, radius, kind, spread):
    cx = rng.randint(-spread, spread)
    cy = rng.randint(-spread, spread)
    while True:
        if kind == 0:  # round plot with many corners
            m = rng.randint(2 * radius // 100 + 10, 5 * radius // 100 + 20)
            rx = ry = radius
        elif kind == 1:  # long thin sliver
            m = rng.randint(40, 150)
            rx, ry = radius, max(3, radius // rng.randint(20, 200))
        else:  # small plot
            m = rng.randint(8, 40)
            rx, ry = radius, rng.randint(radius // 3, radius)
        shear = rng.randint(-16, 16)  # tilt the ellipse with an integer shear
        pts = []
        for _ in range(m):
            if rng.random() < 0.5:
                x = rng.randint(-rx, rx)
                y = isqrt(ry * ry * (rx * rx - x * x) // (rx * rx)) * rng.choice((1, -1))
            else:
                y = rng.randint(-ry, ry)
                x = isqrt(rx * rx * (ry * ry - y * y) // (ry * ry)) * rng.choice((1, -1))
            pts.append((cx + x, cy + y + (x * shear) // 16))
        hull = _strict_hull(pts)
        if len(hull) >= 3:
            s = rng.randrange(len(hull))
            hull = hull[s:] + hull[:s]
            return [list(p) for p in hull]


PARAMS = {
    1: [(20, 200), (10, 200), (300, 20)],
    2: [(60, 6000), (100, 4000), (1000, 200)],
    3: [(150, 15000), (400, 7000), (3000, 300)],
}


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[[list(p) for p in poly] for poly in CORNER[case]]]
    count, radius = PARAMS[level][case]
    spread = 10**9 - 2 * radius if case == 1 else 10**7
    plots = [_plot(rng, rng.randint(radius // 2, radius), case, spread) for _ in range(count)]
    return [plots]
