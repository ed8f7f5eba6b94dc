import random

CORNER = [
    ([-1], [4]),
    ([-1, 0], [3, 5]),
    ([1, 2, 3, -1], [4, 1, 1, 4]),
    ([4, 4, 4, 4, -1], [2, 2, 2, 2, 7]),
    ([-1, 0, 0], [-5, -1, -2]),
    ([2, 2, -1, 0], [0, 0, 0, 0]),
    ([-1, 0, 1, 1, 0, 4, 4], [10, 1, 6, 6, 1, 6, 6]),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        b, c = CORNER[case]
        return [list(b), list(c)]
    n = {1: 300, 2: 1350, 3: 6000}[level]
    # build on labels 0..n-1 in creation order, then shuffle the labels
    par = [-1] * n
    for i in range(1, n):
        if case == 0:
            par[i] = rng.randrange(i)                     # random recursive tree
        elif case == 1:
            par[i] = rng.randrange(max(1, i // 50))       # bushy: few bosses, many reports
        else:
            par[i] = rng.randrange(max(0, i - 3), i)      # deep, narrow hierarchy
    perm = list(range(n))
    rng.shuffle(perm)
    boss = [0] * n
    for i in range(n):
        boss[perm[i]] = -1 if par[i] < 0 else perm[par[i]]
    cheer = [rng.randint(-10**6, 10**6) if rng.random() < 0.2 else rng.randint(0, 10**6)
             for _ in range(n)]
    return [boss, cheer]
