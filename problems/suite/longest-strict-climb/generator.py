import random

CORNER = [
    [[]],
    [[42]],
    [[7, 7, 7, 7, 7]],
    [[9, 8, 7, 6, 5, 4, 3]],
    [[-3, -2, -1, 0, 1, 2]],
    [[-1000000000, 1000000000, -999999999, 999999999]],
    [[1, 3, 3, 3, 2, 4, 4, 5, 1, 6]],
    [[10, 1, 11, 2, 12, 3, 13, 4, 14, 5, 15]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case][0])]
    n = {1: 350, 2: 3000, 3: 24000}[level]
    if level == 1 or case == 0:
        vals = [rng.randint(-10**6, 10**6) for _ in range(n)]
    else:
        # noisy upward drift makes the answer (and the tails list) long
        spread = 200 * (case + 1)
        vals = [i * 3 + rng.randint(-spread, spread) for i in range(n)]
    return [vals]
