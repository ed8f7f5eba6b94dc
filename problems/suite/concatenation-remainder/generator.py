import random

CORNER = [
    [[], 5],
    [[0], 1],
    [[7], 10**18],
    [[0, 0, 0, 1], 3],
    [[10**12, 10**12, 10**12], 10**18],
    [[1, 23, 456, 7890, 0, 99], 999999999989],
    [[5, 50, 500, 5000], 2],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        nums, m = CORNER[case]
        return [list(nums), m]
    n = 4 * 10 ** (level + 1)
    if case == 0:
        nums = [rng.randint(0, 10**12) for _ in range(n)]
        m = rng.randint(10**17, 10**18)
    elif case == 1:
        # mixed lengths, including zeros and single digits
        nums = [rng.randint(0, 10 ** rng.randint(0, 12)) for _ in range(n)]
        m = rng.randint(2, 10**9)
    else:
        nums = [rng.randint(10**11, 10**12) for _ in range(n)]
        m = 10**18 - rng.randint(0, 1000)
    return [nums, m]
