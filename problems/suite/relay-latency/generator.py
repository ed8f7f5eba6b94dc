import random

CORNER = [
    [1, [], 0],
    [3, [], 1],
    [5, [[0, 1, 3], [1, 0, 1], [3, 4, 2]], 0],
    [4, [[0, 1, 0], [1, 2, 0], [2, 3, 0], [3, 0, 0]], 2],
    [3, [[0, 1, 9], [0, 1, 4], [0, 1, 7], [1, 2, 1], [1, 2, 0]], 0],
    [3, [[0, 0, 1], [1, 1, 0], [0, 1, 2], [1, 2, 2]], 0],
    # direct link is expensive, long chain is cheap
    [6, [[0, 5, 1000000], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1], [4, 5, 1]], 0],
    [4, [[3, 2, 7], [2, 1, 7], [1, 0, 7], [0, 3, 1]], 3],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, links, s = CORNER[case]
        return [n, [list(e) for e in links], s]
    n = {1: 100, 2: 1200, 3: 3000}[level]
    m = 5 * n
    links = []
    if case == 0:
        # road-like grid: relays on a w x h lattice, links between lattice neighbours
        w = int(n ** 0.5)
        while n % w:
            w -= 1
        h = n // w
        while len(links) < m:
            a = rng.randrange(n)
            x, y = a % w, a // w
            dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1)))
            if 0 <= x + dx < w and 0 <= y + dy < h:
                links.append([a, a + dx + dy * w, rng.randint(1, 1000)])
        src = rng.randrange(n)
    elif case == 1:
        # layered network: mostly forward links between consecutive layers
        width = 40
        layers = [list(range(i, min(n, i + width))) for i in range(0, n, width)]
        while len(links) < m:
            li = rng.randrange(len(layers) - 1)
            a = rng.choice(layers[li])
            if rng.random() < 0.9:
                b = rng.choice(layers[li + 1])
            else:
                b = rng.randrange(n)
            links.append([a, b, rng.randint(0, 50)])
        src = 0
    else:
        # long "highway" path plus random expensive shortcuts: many hops per shortest path
        order = list(range(n))
        rng.shuffle(order)
        for i in range(n - 1):
            links.append([order[i], order[i + 1], rng.randint(1, 10)])
        while len(links) < m:
            links.append([rng.randrange(n), rng.randrange(n), rng.randint(1000, 10**6)])
        src = order[0]
    rng.shuffle(links)
    return [n, links, src]
