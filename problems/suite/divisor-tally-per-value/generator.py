import random

CORNER = [
    [],
    [1],
    [2, 3, 4],
    [7, 7, 7, 7],
    [199999, 200000, 166320, 131072],
    [55440, 1, 30030, 199967, 65536],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 2 * 10 ** (level + 1)
    top = 10 * n
    if case == 0:
        vals = [rng.randint(top // 2, top) for _ in range(n)]
    elif case == 1:
        # mostly large primes and products of two large primes: worst for trial division
        primes = []
        lo = top // 2
        while len(primes) < 200:
            c = rng.randint(lo, top) | 1
            if all(c % d for d in range(3, int(c ** 0.5) + 1, 2)):
                primes.append(c)
        vals = [rng.choice(primes) if rng.random() < 0.5 else rng.randint(lo, top) for _ in range(n)]
    else:
        # highly composite values mixed with random ones
        vals = [rng.randint(1, top) for _ in range(n)]
        for i in range(0, n, 7):
            v = (2 ** rng.randint(0, 6)) * (3 ** rng.randint(0, 3)) * (5 ** rng.randint(0, 2)) * rng.choice((1, 7, 11, 13))
            vals[i] = v if v <= top else v % top + 1
    return [vals]
