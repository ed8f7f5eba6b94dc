import random

CORNER = [
    [4, []],
    [3, [[1, 1], [2, 2]]],
    [3, [[0, 1], [0, 1], [1, 0]]],
    [5, [[0, 1], [1, 2], [2, 3], [3, 4]]],
    [6, [[0, 1], [1, 2], [3, 4], [4, 5], [2, 5]]],
    [1, [[0, 0]]],
    [6, [[0, 5], [0, 4], [0, 3], [0, 2], [0, 1], [3, 4]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, t = CORNER[case]
        return [n, [list(p) for p in t]]
    n = {1: 300, 2: 5000, 3: 15000}[level]
    m = 2 * n
    perm = list(range(n))
    rng.shuffle(perm)
    treaties = []
    if case == 0:
        for _ in range(m):
            treaties.append([rng.randrange(n), rng.randrange(n)])
    elif case == 1:
        # a long chain built in order, interleaved with random re-confirmations
        for i in range(n - 1):
            treaties.append([perm[i], perm[i + 1]])
            if rng.random() < 0.9:
                treaties.append([perm[rng.randrange(i + 1)], perm[rng.randrange(i + 1)]])
        while len(treaties) < m:
            treaties.append([perm[rng.randrange(n)], perm[rng.randrange(n)]])
    else:
        # one growing bloc absorbing newcomers, the newcomer listed first
        for i in range(1, n):
            treaties.append([perm[i], perm[rng.randrange(i)]])
            if rng.random() < 0.9:
                treaties.append([perm[rng.randrange(i + 1)], perm[rng.randrange(n)]])
        treaties = treaties[:m]
    return [n, treaties]
