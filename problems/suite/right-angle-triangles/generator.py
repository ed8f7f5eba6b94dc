import random

CORNER = [
    [],
    [(0, 0)],
    [(0, 0), (1, 0)],
    [(0, 0), (1, 1), (2, 2), (3, 3)],
    [(-10**6, -10**6), (10**6, -10**6), (10**6, 10**6), (-10**6, 10**6), (0, 0)],
    [(x, y) for x in range(3) for y in range(3)],
    [(0, 0), (3, 4), (-4, 3), (4, -3), (-3, -4), (5, 0), (0, 5)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (24, 75, 225)[level - 1]
    if case == 0:
        # a dense patch of the lattice: many right angles in every direction
        side = int(n ** 0.5) + 2
        cells = rng.sample(range(side * side), n)
        pts = [(c % side - side // 2, c // side - side // 2) for c in cells]
    elif case == 1:
        # points on a circle-like ring: Thales gives right angles for diameters
        seen = set()
        pts = []
        r = 65  # 65^2 is a sum of two squares in many ways
        ring = [(x, y) for x in range(-r, r + 1) for y in range(-r, r + 1) if x * x + y * y == r * r]
        for p in ring:
            if len(pts) < n // 2:
                seen.add(p)
                pts.append(p)
        while len(pts) < n:
            p = (rng.randint(-100, 100), rng.randint(-100, 100))
            if p not in seen:
                seen.add(p)
                pts.append(p)
        rng.shuffle(pts)
    else:
        seen = set()
        pts = []
        while len(pts) < n:
            p = (rng.randint(-10**6, 10**6), rng.randint(-10**6, 10**6))
            if rng.random() < 0.5 and pts:
                # a point at a right angle from an existing pair
                (ax, ay), (bx, by) = rng.choice(pts), rng.choice(pts)
                k = rng.randint(1, 3)
                p = (ax - k * (by - ay), ay + k * (bx - ax))
                if not (-10**6 <= p[0] <= 10**6 and -10**6 <= p[1] <= 10**6):
                    continue
            if p not in seen:
                seen.add(p)
                pts.append(p)
    return [pts]
