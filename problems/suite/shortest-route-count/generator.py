import random

CORNER = [
    [1, [], 0],
    [2, [], 1],
    [2, [[0, 1]], 1],
    [4, [[0, 1], [0, 2], [1, 3], [2, 3], [0, 3]], 0],
    [6, [[0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [3, 5], [4, 5]], 0],
    [5, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], 2],
    [7, [[0, 1], [0, 2], [0, 3], [1, 4], [2, 4], [3, 4], [4, 5], [5, 6]], 6],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, roads, s = CORNER[case]
        return [n, [list(r) for r in roads], s]
    n = {1: 112, 2: 1000, 3: 10000}[level]
    edges = set()

    def add(a, b):
        if a != b:
            edges.add((a, b) if a < b else (b, a))

    if case == 0:
        # sparse random graph: wide BFS frontiers
        for i in range(1, n):
            add(i, rng.randrange(i))
        while len(edges) < 3 * n:
            add(rng.randrange(n), rng.randrange(n))
        home = rng.randrange(n)
    elif case == 1:
        # lattice strip 16 junctions wide with a few diagonals: many shortest walks, large diameter
        width = 16
        for i in range(n):
            if (i + 1) % width and i + 1 < n:
                add(i, i + 1)
            if i + width < n:
                add(i, i + width)
                if (i + 1) % width and i + width + 1 < n and rng.random() < 0.2:
                    add(i, i + width + 1)
        home = 0
    else:
        # layered network: layers of 16 junctions, random links between consecutive layers
        width = 16
        layers = n // width
        for L in range(layers - 1):
            for j in range(width):
                for _ in range(3):
                    add(L * width + j, (L + 1) * width + rng.randrange(width))
            if rng.random() < 0.2:
                add(L * width + rng.randrange(width), L * width + rng.randrange(width))
        home = rng.randrange(width)
    label = list(range(n))
    rng.shuffle(label)
    roads = [[label[a], label[b]] if rng.random() < 0.5 else [label[b], label[a]] for a, b in edges]
    rng.shuffle(roads)
    return [n, roads, label[home]]
