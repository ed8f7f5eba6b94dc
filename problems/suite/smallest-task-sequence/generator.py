import random

CORNER = [
    [3, []],
    [1, []],
    [3, [[0, 1], [1, 2], [2, 0]]],
    [2, [[1, 1]]],
    [3, [[2, 0], [2, 0], [2, 0]]],
    [5, [[4, 3], [3, 2], [2, 1], [1, 0]]],
    [4, [[3, 1], [3, 2], [1, 0], [2, 0]]],
    [6, [[0, 1], [1, 2], [4, 5], [5, 4]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, r = CORNER[case]
        return [n, [list(x) for x in r]]
    n = {1: 200, 2: 4000, 3: 14000}[level]
    m = n * 3 // 2
    # every rule follows a hidden valid order `rank`, so the rules alone are acyclic
    if case == 1:
        # hidden order mostly against the labels (large labels first)
        rank = list(range(n - 1, -1, -1))
        for _ in range(n // 4):
            i = rng.randrange(n - 1)
            rank[i], rank[i + 1] = rank[i + 1], rank[i]
    else:
        rank = list(range(n))
        rng.shuffle(rank)
    pos = [0] * n
    for i, t in enumerate(rank):
        pos[t] = i
    rules = []
    while len(rules) < m:
        a = rng.randrange(n)
        b = rng.randrange(n)
        if a == b:
            continue
        if pos[a] > pos[b]:
            a, b = b, a
        rules.append([a, b])
    if case == 2 and level == 3:
        # close a cycle deep inside the order
        x, y, z = rank[n // 2], rank[n // 2 + 50], rank[n // 2 + 10]
        rules += [[x, y], [y, z], [z, x]]
    rng.shuffle(rules)
    return [n, rules]
