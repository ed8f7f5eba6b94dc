import random

CORNER = [
    [1, []],
    [3, []],
    [2, [[0, 1]]],
    [2, [[0, 1], [1, 0]]],
    [5, [[0, 1], [1, 2], [2, 3], [3, 4]]],
    [5, [[4, 3], [3, 2], [2, 1], [1, 0], [0, 4]]],
    [6, [[0, 1], [1, 0], [2, 3], [3, 2], [4, 5], [5, 4], [0, 2], [4, 2]]],
    [7, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 3], [5, 6], [2, 3], [6, 3]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, tells = CORNER[case]
        return [n, [list(e) for e in tells]]
    n = {1: 100, 2: 1000, 3: 10000}[level]
    edges = set()

    def add(a, b):
        if a != b:
            edges.add((a, b))

    if case == 0:
        # sparse random office: one big circle of gossip plus stragglers
        while len(edges) < 2 * n:
            add(rng.randrange(n), rng.randrange(n))
    elif case == 1:
        # small cliques (cycles of 2-6 people) wired into a random hierarchy
        groups = []
        i = 0
        while i < n:
            k = min(n - i, rng.randint(2, 6))
            groups.append(list(range(i, i + k)))
            i += k
        for g in groups:
            for j in range(len(g)):
                add(g[j], g[(j + 1) % len(g)])
        for _ in range(len(groups) * 2):
            x, y = sorted(rng.sample(range(len(groups)), 2))
            add(rng.choice(groups[x]), rng.choice(groups[y]))
    else:
        # a long chain of pairs passing rumours forward, with backward links inside
        # short windows: deep searches, many mid-sized components
        for i in range(n - 1):
            add(i, i + 1)
        for i in range(0, n - 1, 1):
            if rng.random() < 0.4:
                add(i + rng.randint(1, 4) if i + 4 < n else n - 1, i)
        while len(edges) < 2 * n:
            a = rng.randrange(n)
            add(a, min(n - 1, a + rng.randint(1, 50)))
    label = list(range(n))
    rng.shuffle(label)
    tells = [[label[a], label[b]] for a, b in edges]
    rng.shuffle(tells)
    return [n, tells]
