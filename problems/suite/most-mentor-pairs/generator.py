import random

CORNER = [
    [1, 1, []],
    [1, 1, [[0, 0]]],
    [3, 1, [[0, 0], [1, 0], [2, 0]]],
    [1, 3, [[0, 0], [0, 1], [0, 2]]],
    [3, 3, [[0, 0], [0, 1], [0, 2], [1, 0], [2, 0]]],
    [4, 4, [[0, 1], [1, 1], [1, 2], [2, 2], [2, 3], [3, 3], [3, 0]]],
    [4, 4, [[0, 0], [0, 1], [1, 0], [2, 2], [3, 2], [3, 3]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        a, b, fits = CORNER[case]
        return [a, b, [list(f) for f in fits]]
    n = {1: 60, 2: 600, 3: 5000}[level]
    adj = [[] for _ in range(n)]
    if case == 0:
        # a staircase: mentor i fits the students of the mentors before it first, then
        # its own; searches that take the listed order wander back down the stairs
        for i in range(n):
            extra = set()
            if i >= 2:
                for _ in range(2):
                    extra.add(rng.randrange(i - 1))
            adj[i] = sorted(extra) + ([i - 1] if i else []) + [i]
        ns = n
    elif case == 1:
        # sparse random fits, more mentors than students can absorb
        ns = n * 4 // 5
        for i in range(n):
            adj[i] = rng.sample(range(ns), 3)
    else:
        # a staircase over 7/8 of the mentors, then surplus mentors who fit random
        # students of it: every search from a surplus mentor fails, after walking down
        # the stairs
        ns = n * 7 // 8
        for i in range(ns):
            extra = set()
            if i >= 2:
                extra.add(rng.randrange(i - 1))
            adj[i] = sorted(extra) + ([i - 1] if i else []) + [i]
        for i in range(ns, n):
            adj[i] = rng.sample(range(ns), 3)
    perm = list(range(ns))
    rng.shuffle(perm)
    fits = [[i, perm[s]] for i in range(n) for s in adj[i]]
    return [n, ns, fits]
