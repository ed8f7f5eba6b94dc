import random

CORNER = [1, 2, 3, 10, 997, 1024, 5040, 10001]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    base = {1: 1000, 2: 30000, 3: 2000000}[level]
    return [base + rng.randint(-base // 10, base // 10)]
