import random

CORNER = [
    [0],
    [1, 0],
    [1, 1],
    [0, 0, 0, 0],
    [1, 2, 3, 4, 0],
    [1, 2, 3, 4, 4],
    [3, 3, 3, 2, 5, 6, 4],
    [2, 2, 3, 1, 0, 0, 7, 7],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 200, 2: 2000, 3: 20000}[level]
    door = [0] * n
    if case == 0:
        # one long corridor of length n/2 running into a cycle of length n/2
        half = n // 2
        for i in range(n - 1):
            door[i] = i + 1
        door[n - 1] = half
    elif case == 1:
        # several long corridors feeding into one mid-sized cycle
        cyc = n // 5
        for i in range(cyc):
            door[i] = (i + 1) % cyc
        rest = list(range(cyc, n))
        chains = 6
        size = len(rest) // chains
        for c in range(chains):
            part = rest[c * size:(c + 1) * size] if c < chains - 1 else rest[c * size:]
            for j in range(len(part) - 1):
                door[part[j]] = part[j + 1]
            door[part[-1]] = rng.randrange(cyc)
    else:
        # a random door map (many small trees, short cycles) with a long corridor added
        for i in range(n):
            door[i] = rng.randrange(n)
        m = n // 3
        for i in range(m - 1):
            door[i] = i + 1
        door[m - 1] = rng.randrange(m, n)
    # hide the structure under a random relabelling
    label = list(range(n))
    rng.shuffle(label)
    out = [0] * n
    for i in range(n):
        out[label[i]] = label[door[i]]
    return [out]
