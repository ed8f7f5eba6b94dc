import random

CORNER = [
    [1, []],
    [2, [[1, 0, 7]]],
    [3, [[0, 1, 5], [1, 2, 5]]],
    [5, [[0, 1, 1], [0, 2, 1], [0, 3, 1], [0, 4, 1]]],
    [5, [[0, 1, 10000], [1, 2, 10000], [2, 3, 10000], [3, 4, 10000]]],
    # the heaviest single trail is not on the longest route
    [6, [[0, 1, 9], [1, 2, 2], [2, 3, 2], [3, 4, 2], [4, 5, 2]]],
    [7, [[3, 0, 4], [3, 1, 4], [3, 2, 4], [2, 4, 1], [4, 5, 1], [5, 6, 1]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, trails = CORNER[case]
        return [n, [list(t) for t in trails]]
    n = {1: 100, 2: 1000, 3: 10000}[level]
    parent = [0] * n
    if case == 0:
        # random recursive tree
        for i in range(1, n):
            parent[i] = rng.randrange(i)
    elif case == 1:
        # long spine with short bristles (deep tree)
        spine = n // 2
        for i in range(1, spine):
            parent[i] = i - 1
        for i in range(spine, n):
            parent[i] = rng.randrange(spine)
    else:
        # a few long branches from a hub, then random twigs
        arms = 8
        for i in range(1, n):
            if i <= arms:
                parent[i] = 0
            elif i < n * 3 // 4:
                parent[i] = i - arms
            else:
                parent[i] = rng.randrange(i)
    label = list(range(n))
    rng.shuffle(label)
    trails = []
    for i in range(1, n):
        a, b = label[i], label[parent[i]]
        if rng.random() < 0.5:
            a, b = b, a
        trails.append([a, b, rng.randint(1, 10000)])
    rng.shuffle(trails)
    return [n, trails]
