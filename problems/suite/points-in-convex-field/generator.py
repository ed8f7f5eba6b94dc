import random
from functools import cmp_to_key
from math import gcd

CORNER = [
    [[(0, 0), (1, 0), (0, 1)], []],
    [[(0, 0), (1, 0), (0, 1)], [(0, 0), (1, 0), (0, 1), (1, 1), (0, 0)]],
    [[(-10**9, -10**9), (10**9, -10**9), (10**9, 10**9), (-10**9, 10**9)],
     [(0, 0), (10**9, 0), (10**9, 10**9 + 1), (-10**9 - 1, 0), (-10**9, -10**9)]],
    [[(0, 0), (4, 0), (6, 2), (4, 4), (0, 4), (-2, 2)],
     [(-1, 1), (-3, 2), (5, 1), (6, 2), (7, 2), (2, 4), (2, 5), (0, -1), (-2, 0)]],
    [[(0, 0), (10, 0), (0, 10)], [(-5, 0), (15, 0), (0, -5), (0, 15), (5, 5), (6, 5), (-1, 11)]],
]


def _cmp(u, v):
    c = u[0] * v[1] - u[1] * v[0]
    return -1 if c > 0 else (1 if c < 0 else 0)


def _polygon(m, rng):
    # m/2 edge vectors with distinct directions in the upper half plane, then their
    # negatives: a centrally symmetric, strictly convex polygon.
    half = m // 2
    lim = max(8, int(half ** 0.5) * 3)
    seen = set()
    vecs = []
    while len(vecs) < half:
        x = rng.randint(-lim, lim)
        y = rng.randint(0, lim)
        if y == 0 and x <= 0:
            continue
        g = gcd(x, y)
        d = (x // g, y // g)
        if d in seen:
            continue
        seen.add(d)
        k = rng.randint(1, 3)
        vecs.append((d[0] * k, d[1] * k))
    vecs.sort(key=cmp_to_key(_cmp))
    edges = vecs + [(-x, -y) for x, y in vecs]
    scale = 10**9 // (4 * lim * half + 1)
    poly = []
    x, y = -10**9 // 2, -10**9 // 2
    for dx, dy in edges:
        poly.append((x, y))
        x += dx * scale
        y += dy * scale
    # rotate the starting vertex so it is not always the lowest one
    s = rng.randrange(len(poly))
    return poly[s:] + poly[:s]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        field, pts = CORNER[case]
        return [list(field), list(pts)]
    n = {1: 50, 2: 320, 3: 2000}[level]
    poly = _polygon(n, rng)
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    x1, x2, y1, y2 = min(xs), max(xs), min(ys), max(ys)
    pts = []
    for _ in range(n):
        r = rng.random()
        if case == 1 and r < 0.3:
            pts.append(rng.choice(poly))  # vertices
        elif case == 1 and r < 0.6:
            i = rng.randrange(len(poly))
            (ax, ay), (bx, by) = poly[i], poly[i - 1]
            pts.append(((ax + bx) // 2, (ay + by) // 2))  # near or on edges
        elif case == 2:
            # concentrated near the middle: almost all inside
            cx, cy = (x1 + x2) // 2, (y1 + y2) // 2
            pts.append((cx + rng.randint(-(x2 - x1) // 5, (x2 - x1) // 5),
                        cy + rng.randint(-(y2 - y1) // 5, (y2 - y1) // 5)))
        else:
            pts.append((rng.randint(x1 - 10, x2 + 10), rng.randint(y1 - 10, y2 + 10)))
    return [poly, pts]
