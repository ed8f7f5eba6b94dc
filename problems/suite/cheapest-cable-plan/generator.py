import random

CORNER = [
    [1, []],
    [3, []],
    [6, [[0, 1, 4], [1, 2, 6], [3, 4, 1]]],
    [2, [[0, 1, 9], [1, 0, 3], [0, 1, 5]]],
    [3, [[0, 0, 1], [1, 1, 2], [0, 2, 8], [2, 1, 1]]],
    [4, [[0, 1, 0], [1, 2, 0], [2, 3, 0], [3, 0, 0]]],
    [4, [[0, 1, 5], [1, 2, 5], [2, 3, 5], [3, 0, 5], [0, 2, 5]]],
    [3, [[0, 1, 1000000000], [1, 2, 1000000000], [0, 2, 999999999]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, o = CORNER[case]
        return [n, [list(x) for x in o]]
    n = {1: 150, 2: 1500, 3: 5000}[level]
    m = 6 * n
    offers = []
    if case == 0:
        # connected: a random spanning tree plus random extra offers
        perm = list(range(n))
        rng.shuffle(perm)
        for i in range(1, n):
            offers.append([perm[i], perm[rng.randrange(i)], rng.randint(0, 10**9)])
        while len(offers) < m:
            offers.append([rng.randrange(n), rng.randrange(n), rng.randint(0, 10**9)])
    elif case == 1:
        # several separate regions
        k = 7
        while len(offers) < m:
            r = rng.randrange(k)
            a = rng.randrange(r, n, k)
            b = rng.randrange(r, n, k)
            offers.append([a, b, rng.randint(1, 10**6)])
    else:
        # few distinct prices: many ties
        while len(offers) < m:
            offers.append([rng.randrange(n), rng.randrange(n), rng.randint(1, 5) * 100])
    rng.shuffle(offers)
    return [n, offers]
