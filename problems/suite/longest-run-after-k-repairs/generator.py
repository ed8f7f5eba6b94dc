import random

CORNER = [
    ["", 2],
    ["......", 0],
    ["xxxx", 0],
    ["xxxx", 2],
    [".x..x...x", 0],
    ["x.x.x.x.x", 4],
    ["..x..x..", 2],
    ["x", 10**7],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        road, k = CORNER[case]
        return [road, k]
    n = 10 ** (level + 3)
    density = (0.1, 0.2, 0.05)[case]
    cells = []
    while len(cells) < n:
        # alternate calm stretches and badly damaged stretches
        length = rng.randint(100, 3000)
        p = density * (0.3 if rng.random() < 0.5 else 1.7)
        cells.extend("x" if rng.random() < p else "." for _ in range(length))
    road = "".join(cells[:n])
    k = rng.randint(*((300, 600), (800, 1500), (1500, 2500))[case]) // ((4 - level) ** 2 * (4 if level == 1 else 1))
    return [road, k]
