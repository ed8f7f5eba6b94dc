import random

CORNER = [
    [],
    [(5, 5)],
    [(0, 0), (0, 1), (1, 0)],
    [(0, 0), (0, 1), (0, 2), (0, 3)],
    [(-10**9, -10**9), (-10**9, 10**9), (10**9, -10**9), (10**9, 10**9), (0, 0)],
    [(x, y) for x in range(4) for y in range(4)],
    [(0, 0), (1, 1), (2, 2), (3, 3), (-1, -1)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (250, 1100, 5000)[level - 1]
    if case == 0:
        # a dense block of a wide grid: many points share rows and columns
        side = int((2 * n) ** 0.5) + 1
        cells = rng.sample(range(side * side), n)
        scale = rng.randint(1, 40000)
        pts = [((c // side) * scale - 10**9 // 2, (c % side) * 3 - 7) for c in cells]
    elif case == 1:
        # a few long columns and rows, the rest scattered
        cols = [rng.randint(-10**9, 10**9) for _ in range(30)]
        rows = [rng.randint(-10**9, 10**9) for _ in range(30)]
        seen = set()
        pts = []
        while len(pts) < n:
            r = rng.random()
            x = rng.choice(cols) if r < 0.4 else rng.randint(-10**9, 10**9)
            y = rng.choice(rows) if r > 0.3 else rng.randint(-10**9, 10**9)
            if (x, y) not in seen:
                seen.add((x, y))
                pts.append((x, y))
    else:
        side = int(n ** 0.5) + 2
        cells = rng.sample(range(side * side), n)
        pts = [(c % side - side // 2, c // side) for c in cells]
    return [pts]
