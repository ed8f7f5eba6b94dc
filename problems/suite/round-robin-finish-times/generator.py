import random

CORNER = [
    [[], 1],
    [[1], 1],
    [[10**9], 10**9],
    [[10**9, 10**9, 1], 10**9 - 1],
    [[3, 3, 3, 3], 5],
    [[6, 6, 6, 6], 3],
    [[1, 5, 2, 4, 3], 1],
    [[7, 1, 7, 1, 7, 1, 8], 2],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        bursts, q = CORNER[case]
        return [list(bursts), q]
    n = 8 * 10 ** level
    top = n // 8  # the most slices a job needs
    if case == 0:
        q = rng.randint(1, 1000)
        rounds = [rng.randint(1, top) for _ in range(n)]
    elif case == 1:
        # a few distinct slice counts: large groups finishing in the same round
        q = 7
        values = [rng.randint(1, top) for _ in range(20)]
        rounds = [rng.choice(values) for _ in range(n)]
    else:
        # mostly short jobs and a long tail
        q = rng.randint(100, 10**4)
        rounds = [rng.randint(1, 3) if rng.random() < 0.7 else rng.randint(1, 2 * top)
                  for _ in range(n)]
    bursts = [(r - 1) * q + rng.randint(1, q) for r in rounds]
    return [bursts, q]
