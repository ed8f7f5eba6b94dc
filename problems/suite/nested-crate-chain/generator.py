import random

CORNER = [
    [],
    [(4, 9)],
    [(2, 2), (2, 2), (2, 2)],
    [(3, 1), (3, 2), (3, 3), (3, 4)],
    [(1, 5), (2, 5), (3, 5)],
    [(2, 8), (7, 3)],
    [(1, 1), (10, 1), (2, 2), (9, 9), (3, 10), (4, 4)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[tuple(c) for c in CORNER[case]]]
    n = {1: 200, 2: 900, 3: 4000}[level]
    crates = []
    if case == 0:
        # widths from a small pool (many ties), depth correlated with width
        for _ in range(n):
            w = rng.randint(1, n // 3) * 1000
            crates.append((w, w + rng.randint(0, 40000)))
    elif case == 1:
        for _ in range(n):
            w = rng.randint(1, 10**9)
            crates.append((w, max(1, min(10**9, w + rng.randint(-10**7, 10**7)))))
    else:
        for _ in range(n):
            crates.append((rng.randint(1, 10**9), rng.randint(1, 10**9)))
    return [crates]
