import random

CORNER = [
    [],
    [[], [], []],
    [[3, 3, 8]],
    [[7, 7], [7], [7, 7, 7]],
    [[10, 20], [1, 2, 3]],
    [[], [4], [], [2, 4], []],
    [[0, 5, 5, 9], [5, 6], [0, 9]],
    [[10**9], [0, 10**9], [10**9, 10**9]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[list(f) for f in CORNER[case]]]
    n = 10 ** (level + 2)
    k = (2, 40, 500)[level - 1]
    if case == 0:
        lengths = [n // k] * k
    elif case == 1:
        # a few long feeds, many short ones, some empty
        cuts = sorted(rng.randrange(n + 1) for _ in range(k - 1))
        lengths = [b - a for a, b in zip([0] + cuts, cuts + [n])]
    else:
        lengths = [n // k] * k
    feeds = []
    for length in lengths:
        if case == 2:
            # coarse clock: many equal timestamps across feeds
            feed = sorted(rng.randrange(1000) for _ in range(length))
        else:
            feed = sorted(rng.randrange(10**9 + 1) for _ in range(length))
        feeds.append(feed)
    return [feeds]
