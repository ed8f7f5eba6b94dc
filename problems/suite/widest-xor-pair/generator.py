import random

CORNER = [
    [5, 5],
    [0, 1],
    [0, 0, 0],
    [1, 2, 4, 8, 16, 32],
    [9, 9, 9, 9],
    [536870912, 536870913, 536870920, 536871000],
    [1073741823, 0, 536870911, 1073741822],
    [12, 4, 7, 19, 1],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 120, 2: 3000, 3: 9000}[level]
    if case == 0:
        vals = [rng.randrange(1 << 30) for _ in range(n)]
    elif case == 1:
        # every value shares the same top 12 bits: the answer is decided low down
        hi = rng.randrange(1 << 12) << 18
        vals = [hi | rng.randrange(1 << 18) for _ in range(n)]
    else:
        vals = [rng.randrange(4 * n) for _ in range(n)]
        vals[0] = (1 << 29) | rng.randrange(1 << 20)
    return [vals]
