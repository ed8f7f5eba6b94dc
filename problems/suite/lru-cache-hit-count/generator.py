import random

CORNER = [
    [0, [4, 4, 4]],
    [3, []],
    [1, [2, 2, 3, 2, 3, 3]],
    [2, [9, 9, 9, 9, 9]],
    [10, [1, 2, 3, 1, 2, 3, 4, 4]],
    [3, [1, 2, 3, 4, 1, 2, 3, 4, 1]],
    [2, [5, 6, 5, 7, 6, 5, 7, 7, 6]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        cap, reqs = CORNER[case]
        return [cap, list(reqs)]
    n = 8 * 10 ** (level + 1)
    cap = n // 40
    pool = rng.sample(range(10**9 + 1), 4 * cap)
    if case == 0:
        # uniform over twice the capacity: about half the requests hit
        keys = pool[:2 * cap]
        reqs = [rng.choice(keys) for _ in range(n)]
    elif case == 1:
        # a hot set a little smaller than the cache plus a cold tail
        hot = pool[:cap * 3 // 4]
        reqs = [rng.choice(hot) if rng.random() < 0.8 else rng.choice(pool)
                for _ in range(n)]
    else:
        # a working set that slides slowly through the key pool
        reqs = []
        width = cap + cap // 5
        span = len(pool) - width
        for i in range(n):
            base = i * span // n
            reqs.append(pool[base + rng.randrange(width)])
    return [cap, reqs]
