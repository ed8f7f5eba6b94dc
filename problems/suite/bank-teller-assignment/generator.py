import random

CORNER = [
    [1, [], []],
    [1, [0, 0, 0], [5, 5, 5]],
    [3, [7], [1]],
    [4, [0, 0, 0, 0], [3, 1, 2, 1]],
    [2, [0, 1, 2, 3, 4, 5], [2, 2, 2, 2, 2, 2]],
    [3, [0, 0, 0, 10, 10, 10], [10, 10, 10, 1, 1, 1]],
    [2, [0, 1, 1, 10**9], [10**6, 1, 1, 10**6]],
    [10000, [0, 5, 5, 6], [10, 1, 1, 1]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        c, arr, dur = CORNER[case]
        return [c, list(arr), list(dur)]
    n = 2 * 10 ** (level + 1)
    tellers = n // 40
    mean = 1000
    if case == 0:
        # load just below capacity: short waits, counters reused in mixed order
        gap = mean / (tellers * 0.95)
        durations = [rng.randint(1, 2 * mean) for _ in range(n)]
    elif case == 1:
        # overloaded: a long line forms and every counter stays busy
        gap = mean / (tellers * 1.5)
        durations = [rng.randint(1, 2 * mean) for _ in range(n)]
    else:
        # coarse clock and equal durations: many counters free up together
        gap = mean / (tellers * 1.1)
        durations = [rng.choice((500, 1000, 1500)) for _ in range(n)]
    arrivals = []
    t = 0.0
    for _ in range(n):
        t += rng.expovariate(1 / gap)
        arrivals.append(int(t) // 100 * 100 if case == 2 else int(t))
    return [tellers, arrivals, durations]
