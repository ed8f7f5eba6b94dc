import random

CORNER = [
    [[7], []],
    [[1, 1000], []],
    [[2, 3], [[1, 0]]],
    [[1, 1, 1, 1, 1], [[0, 1], [1, 2], [2, 3], [3, 4]]],
    [[5, 1, 1, 1], [[0, 3], [1, 2], [2, 3]]],
    [[4, 4, 4, 4], [[0, 1], [0, 2], [1, 3], [2, 3], [0, 3]]],
    [[1000, 1000, 1, 1000, 1000, 1000], [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0], [5, 0]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        dur, after = CORNER[case]
        return [list(dur), [list(e) for e in after]]
    n = {1: 100, 2: 1000, 3: 10000}[level]
    m = 3 * n
    edges = set()
    if case == 0:
        # random DAG over a hidden order
        while len(edges) < m:
            a, b = rng.randrange(n), rng.randrange(n)
            if a < b:
                edges.add((a, b))
    elif case == 1:
        # four long chains with cross links to nearby steps of other chains: very deep
        chains = 4
        ln = n // chains
        for c in range(chains):
            for i in range(ln - 1):
                edges.add((c * ln + i, c * ln + i + 1))
        while len(edges) < m:
            c1, c2 = rng.randrange(chains), rng.randrange(chains)
            i = rng.randrange(ln - 3)
            j = i + rng.randint(1, 3)
            if c1 != c2:
                edges.add((c1 * ln + i, c2 * ln + j))
    else:
        # wide layered plan: layers of 25 tasks
        width = 25
        layers = n // width
        while len(edges) < m:
            L = rng.randrange(layers - 1)
            L2 = min(layers - 1, L + rng.choice((1, 1, 1, 2, 5)))
            edges.add((L * width + rng.randrange(width), L2 * width + rng.randrange(width)))
    label = list(range(n))
    rng.shuffle(label)
    dur = [0] * n
    for i in range(n):
        dur[label[i]] = rng.randint(1, 1000)
    after = [[label[a], label[b]] for a, b in edges]
    rng.shuffle(after)
    return [dur, after]
