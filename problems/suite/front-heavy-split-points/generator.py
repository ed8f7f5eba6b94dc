import random

CORNER = [
    [],
    [7],
    [3, 9],
    [9, 3],
    [4, 4, 4, 4, 4],
    [-5, -1, -3, -2, -8, -1],
    [1000000000, -1000000000, 1000000000, -1000000000, 1000000000, -1000000000],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (280, 1400, 7000)[level - 1]
    ri = rng.randint
    if case == 0:
        loads = [ri(-10**9, 10**9) for _ in range(n)]
    elif case == 1:
        loads = [10**9 - 10**7 - i * (10**9 // n) + ri(-10**7, 10**7) for i in range(n)]
    else:
        loads = [ri(0, 2) * 500 for _ in range(n)]
    return [loads]
