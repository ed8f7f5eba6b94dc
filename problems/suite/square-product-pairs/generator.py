import random

CORNER = [
    [],
    [1],
    [1, 1],
    [10**6, 1, 4, 999999, 999999],
    [2, 8, 18, 32, 50, 3, 12, 27],
    [997, 997 * 4, 997 * 9, 994009, 7, 28, 63],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 10 ** (level + 1)
    top = 10**6
    if case == 0:
        vals = [rng.randint(top // 2, top) for _ in range(n)]
    elif case == 1:
        # a few square-free parts times squares: many matching pairs
        cores = [rng.randint(1, 60) for _ in range(8)]
        vals = []
        while len(vals) < n:
            c = rng.choice(cores)
            s = rng.randint(1, int((top // c) ** 0.5))
            vals.append(c * s * s)
    else:
        # products of two primes above 100 and their multiples by small squares
        big = [p for p in range(101, 10000, 2) if all(p % d for d in range(3, 100, 2))]
        vals = []
        while len(vals) < n:
            p = rng.choice(big)
            q = rng.choice(big[:200])
            v = p * q if p * q <= top else p
            s = rng.choice((1, 1, 1, 2, 3, 6))
            vals.append(v * s * s if v * s * s <= top else v)
    return [vals]
