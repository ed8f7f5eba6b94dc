import random

CORNER = [
    [1, []],
    [2, [[1, 0]]],
    [3, [[0, 1], [1, 2], [2, 0]]],
    [4, [[0, 1], [2, 3]]],
    [5, [[0, 1], [1, 2], [2, 3], [3, 4]]],
    [6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3]]],
    [7, [[0, 1], [0, 2], [0, 3], [3, 4], [4, 5], [5, 3], [6, 5]]],
    [6, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [1, 4]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, cables = CORNER[case]
        return [n, [list(e) for e in cables]]
    n = {1: 50, 2: 600, 3: 6000}[level]
    edges = set()

    def add(a, b):
        if a != b:
            edges.add((a, b) if a < b else (b, a))

    if case == 0:
        # rings of 3-12 switches joined in a random tree by single cables, some rings doubled up
        rings = []
        i = 0
        while i < n:
            k = min(n - i, rng.randint(1, 12))
            ring = list(range(i, i + k))
            if k >= 3:
                for j in range(k):
                    add(ring[j], ring[(j + 1) % k])
            else:
                for j in range(k - 1):
                    add(ring[j], ring[j + 1])
            rings.append(ring)
            i += k
        for r in range(1, len(rings)):
            add(rng.choice(rings[r]), rng.choice(rings[rng.randrange(r)]))
            if rng.random() < 0.15:
                add(rng.choice(rings[r]), rng.choice(rings[rng.randrange(r)]))
    elif case == 1:
        # a long line of switches with short loops: deep search, most cables critical
        for i in range(n - 1):
            add(i, i + 1)
        for _ in range(n // 10):
            a = rng.randrange(n - 5)
            add(a, a + rng.randint(2, 5))
    else:
        # sparse random network, possibly in several pieces
        for i in range(1, n):
            if rng.random() < 0.97:
                add(i, rng.randrange(i))
        while len(edges) < n * 5 // 4:
            add(rng.randrange(n), rng.randrange(n))
    label = list(range(n))
    rng.shuffle(label)
    cables = [[label[a], label[b]] if rng.random() < 0.5 else [label[b], label[a]] for a, b in edges]
    rng.shuffle(cables)
    return [n, cables]
