import random

CORNER = [
    [],
    [7],
    [4, 4, 4, 4, 4, 4],
    [1, 2, 3, 4, 5, 6],
    [6, 5, 4, 3, 2, 1],
    [0, 3, 0, 3, 0],
    [1000000000, 0, 1000000000, 1000000000, 1, 1000000000],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (320, 1600, 8000)[level - 1]
    ri = rng.randint
    if case == 0:
        a = [ri(0, 10**9) for _ in range(n)]
    elif case == 1:
        # rising with noise: long runs of stronger links to the right
        a = [i * 1000 + ri(0, 1500) for i in range(n)]
    else:
        a = [ri(1, 3) * 10**8 for _ in range(n)]
    return [a]
