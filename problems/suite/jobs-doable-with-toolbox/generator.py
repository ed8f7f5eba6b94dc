import random

CORNER = [
    (3, [], [0, 7, 5]),
    (3, [1, 2, 3], []),
    (2, [0, 0, 0], [0, 3]),
    (1, [0, 1, 1], [0, 1]),
    (3, [5, 5, 5, 2], [5, 7, 2, 4]),
    (3, [1, 2, 4, 3, 5, 6, 7, 0], [7]),
    (3, [1, 6, 2, 4], [1, 6, 3, 4]),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        b, j, t = CORNER[case]
        return [b, list(j), list(t)]
    bits = {1: 8, 2: 11, 3: 14}[level]
    n = 1 << bits
    full = n - 1
    if case == 0:
        jobs = [rng.randrange(n) for _ in range(n)]
        boxes = [rng.randrange(n) for _ in range(n)]
    elif case == 1:
        # sparse jobs, rich toolboxes
        jobs = [rng.randrange(n) & rng.randrange(n) & rng.randrange(n) for _ in range(n)]
        boxes = [rng.randrange(n) | rng.randrange(n) for _ in range(n)]
    else:
        # many duplicates, toolboxes full or missing exactly one tool
        pool = [rng.randrange(n) for _ in range(max(4, n // 16))]
        jobs = [rng.choice(pool) for _ in range(n)]
        boxes = [full ^ (1 << rng.randrange(bits)) if rng.random() < 0.5 else full
                 for _ in range(n)]
    return [bits, jobs, boxes]
