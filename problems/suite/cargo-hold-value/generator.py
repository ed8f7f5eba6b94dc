import random

CORNER = [
    [[], 10],
    [[[1, 5], [2, 6]], 0],
    [[[11, 5], [12, 6], [30, 100]], 10],
    [[[0, 3], [0, 4], [5, 10]], 5],
    [[[2, 3], [3, 4], [5, 8]], 10],
    [[[4, 9], [4, 9], [4, 9], [4, 9]], 13],
    # best value/weight ratio first would pick [1, 3] and then only fit [5, 5]
    [[[1, 3], [5, 5], [3, 4], [3, 4]], 6],
    [[[100000, 1000000000]], 100000],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        crates, cap = CORNER[case]
        return [[list(c) for c in crates], cap]
    n = {1: 25, 2: 45, 3: 80}[level]
    cap = {1: 2500, 2: 8000, 3: 20000}[level] + rng.randint(-50, 50)
    maxw = cap // 8
    crates = []
    for _ in range(n):
        w = rng.randint(1, maxw)
        if case == 0:
            v = rng.randint(1, 10**6)
        elif case == 1:
            v = w * 10 + rng.randint(0, 10**4)  # weakly correlated with the weight
        else:
            v = rng.randint(1, 1000) * rng.randint(1, 1000)
        crates.append([w, v])
    return [crates, cap]
