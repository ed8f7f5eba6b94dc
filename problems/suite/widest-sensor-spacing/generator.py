import random

CORNER = [
    [[5, 1], 2],
    [[3, 9, 1, 4], 4],
    [[0, 100, 50, 51, 99], 3],
    [[-10**9, 10**9, 0], 2],
    [[-7, -3, -20, -11, -1], 3],
    [[1, 2, 3, 100, 101, 102, 200, 201], 4],
    [[12, 4, 18, 7, 30, 25, 1, 9], 5],
    [[-10**9, 10**9, 0, 1, -1], 5],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        sites, k = CORNER[case]
        return [list(sites), k]
    n = 10 ** (level + 2)
    if case == 1:
        # clusters of nearby sites
        centers = rng.sample(range(-10**9 + 10**6, 10**9 - 10**6), max(3, n // 500))
        chosen = set()
        while len(chosen) < n:
            chosen.add(rng.choice(centers) + rng.randint(-10**5, 10**5))
        sites = sorted(chosen)
        rng.shuffle(sites)
    else:
        sites = rng.sample(range(-10**9, 10**9), n)
    if case == 0:
        k = rng.randint(2, 500)
    else:
        k = rng.randint(n // 300 + 2, n // 100 + 2)
    return [sites, k]
