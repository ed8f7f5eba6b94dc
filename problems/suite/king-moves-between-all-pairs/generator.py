import random

B = 10**9
CORNER = [
    [],
    [(3, -4)],
    [(1, 1), (1, 1), (1, 1)],
    [(-B, -B), (B, B), (-B, B), (B, -B)],
    [(0, 0), (1, 0), (2, 0), (3, 0), (0, 5)],
    [(i, i * i % 7 - 3) for i in range(8)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 250, 2: 1100, 3: 5000}[level]
    if case == 0:
        sq = [(rng.randint(-B, B), rng.randint(-B, B)) for _ in range(n)]
    elif case == 1:
        # a small board: many repeated squares
        sq = [(rng.randint(-30, 30), rng.randint(-30, 30)) for _ in range(n)]
    else:
        # points along a diagonal band: dx and dy nearly equal
        sq = []
        for _ in range(n):
            t = rng.randint(-B // 2, B // 2)
            sq.append((t + rng.randint(-1000, 1000), -t + rng.randint(-1000, 1000)))
    return [sq]
