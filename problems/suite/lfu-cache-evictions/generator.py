import random

CORNER = [
    [1, []],
    [1, [4, 4, 4]],
    [1, [1, 2, 1, 2]],
    [3, [1, 2, 3, 3, 2, 1]],
    [2, [1, 1, 1, 2, 3, 4, 5]],
    [2, [1, 2, 1, 2, 3, 3, 3, 1]],
    [3, [0, 10**9, 0, 5, 6, 10**9, 7, 5, 8]],
    [30000, [9, 8, 9, 7]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        cap, reqs = CORNER[case]
        return [cap, list(reqs)]
    n = 3 * 10 ** (level + 1)
    cap = n // 30
    pool = rng.sample(range(10**9 + 1), 6 * cap)
    if case == 0:
        # skewed popularity: a few keys pile up large counts
        weights = [1.0 / (i + 1) for i in range(len(pool))]
        reqs = rng.choices(pool, weights=weights, k=n)
    elif case == 1:
        # the popular set shifts halfway: formerly hot keys linger with high counts
        half = n // 2
        first, second = pool[:2 * cap], pool[3 * cap:5 * cap]
        reqs = [rng.choice(first) if i < half else rng.choice(second) for i in range(n)]
        reqs = [k if rng.random() < 0.8 else rng.choice(pool) for k in reqs]
    else:
        # nearly uniform: most evictions are among count-1 keys, decided by recency
        reqs = [rng.choice(pool[:3 * cap]) for _ in range(n)]
    return [cap, reqs]
