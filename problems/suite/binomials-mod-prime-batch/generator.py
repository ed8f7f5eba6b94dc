import random

CORNER = [
    [],
    [(0, 0)],
    [(0, 1), (1, 0), (1, 1), (1, 2)],
    [(7, 3), (7, 4), (7, 7), (7, 8)],
    [(20000, 10000), (20000, 1), (20000, 19999), (20000, 20000)],
    [(19997, 1234), (1234, 19997), (16384, 8192)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    q = {1: 40, 2: 300, 3: 2000}[level]
    top = 10 * q
    queries = []
    for _ in range(q):
        n = rng.randint(top // 2, top) if case != 2 else rng.randint(0, top)
        if case == 0:
            k = rng.randint(0, n)
        elif case == 1:
            # near the middle: the dearest queries for a per-query product
            k = n // 2 + rng.randint(-n // 20, n // 20)
        else:
            k = rng.randint(0, top)  # about half of them exceed n
        queries.append((n, k))
    queries[rng.randrange(q)] = (top, top // 2)
    return [queries]
