import random

CORNER = [
    [[], 3],
    [[4], 1],
    [[3, 2, 1], 0],
    [[3, 1, 2, 0], 1000000000],
    [[7, 7, 7, 7], 2],
    [[1, 2, 3, 4, 5, 6], 3],
    [[1000000000, 5, 0, -5, -1000000000], 2],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        a, d = CORNER[case]
        return [list(a), d]
    n = (80, 800, 8000)[level - 1]
    ri = rng.randint
    reach = ri(n // 3, 2 * n // 3)
    if case == 0:
        a = [ri(-10**9, 10**9) for _ in range(n)]
    elif case == 1:
        a = [10**9 - 200000 - i * 50000 + ri(0, 200000) for i in range(n)]
    else:
        a = [ri(0, 20) for _ in range(n)]
    return [a, reach]
