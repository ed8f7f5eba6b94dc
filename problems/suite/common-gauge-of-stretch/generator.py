import random

CORNER = [
    [[4, 6, 8], []],
    [[1000000000], [[0, 0]]],
    [[5, 5, 5, 5, 5], [[0, 4], [1, 3], [2, 2]]],
    [[2, 3, 4, 9, 8, 27], [[0, 1], [2, 3], [4, 5], [0, 5]]],
    [[0, 0, 6, 0, 0, 10], [[0, 1], [0, 2], [3, 4], [2, 5], [5, 5]]],
    [[999999937, 999999937, 1], [[0, 1], [0, 2], [1, 1]]],
    [[30, 42, 70, 105], [[0, 0], [1, 1], [2, 2], [3, 3], [0, 3]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        a, q = CORNER[case]
        return [list(a), [list(x) for x in q]]
    n = (150, 1000, 7000)[level - 1]
    ri = rng.randint
    rr = rng.randrange
    if case == 0:
        # one large common factor, then small extra factors: gcds stay large
        base = ri(10**4, 10**5)
        lengths = [base * ri(1, 10**4) for _ in range(n)]
    elif case == 1:
        # runs sharing different factors
        lengths = []
        while len(lengths) < n:
            base = ri(2, 10**5)
            for _ in range(ri(1, n // 10 + 1)):
                lengths.append(base * ri(1, 10**4))
        del lengths[n:]
    else:
        lengths = [ri(0, 10**9) for _ in range(n)]
    queries = []
    for _ in range(n):
        lo = rr(n // 3)
        hi = rr(lo + n // 3, n)
        queries.append([lo, hi])
    return [lengths, queries]
