import random

CORNER = [
    [],
    [5],
    [0, 0, 0, 0],
    [3, 7],
    [1, 2, 1000, 2, 1],
    [4, 4, 4, 4, 4, 4, 4],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    [0, 9, 0, 0, 5, 0, 1, 0, 0, 12, 0],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 30, 2: 70, 3: 260}[level]
    if case == 0:
        counts = [rng.randint(0, 1000) for _ in range(n)]
    elif case == 1:
        # heavy-tailed counts
        counts = [rng.randint(0, 1 << rng.randint(0, 19)) for _ in range(n)]
    else:
        # many zeros
        counts = [rng.randint(1, 10**6) if rng.random() < 0.4 else 0 for _ in range(n)]
    return [counts]
