import random

CORNER = [
    [],
    [[5]],
    [[1, 2, 3, 4]],
    [[1], [2], [3]],
    [[1, 2], [3, 4]],
    [[-1, 0, 1, 2, 3], [4, 5, 6, 7, 8]],
    [[10**9, -10**9], [0, 1], [2, 3], [4, 5]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(r) for r in CORNER[case]]]
    cells = (3000, 30000, 300000)[level - 1]
    # square, wide and tall shapes
    ratio = (1.0, 4.0, 0.25)[case]
    rows = max(1, int((cells / ratio) ** 0.5))
    cols = max(1, cells // rows)
    grid = [[rng.randint(0, 999) for _ in range(cols)] for _ in range(rows)]
    return [grid]
