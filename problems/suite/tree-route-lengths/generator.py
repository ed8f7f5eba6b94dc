import random

CORNER = [
    [1, [], [[0, 0]]],
    [2, [[1, 0, 7]], [[0, 1], [1, 0], [1, 1]]],
    [3, [[0, 1, 5], [1, 2, 5]], [[0, 2], [2, 0], [1, 2]]],
    [5, [[0, 1, 1], [0, 2, 2], [0, 3, 3], [0, 4, 4]], [[1, 4], [2, 3], [0, 4], [3, 3]]],
    [6, [[5, 4, 1000], [4, 3, 1000], [3, 2, 1000], [2, 1, 1000], [1, 0, 1000]], [[5, 0], [0, 5], [2, 4], [1, 1]]],
    [7, [[0, 1, 3], [0, 2, 4], [1, 3, 1], [1, 4, 9], [2, 5, 2], [2, 6, 8]], [[3, 4], [3, 6], [5, 6], [4, 0], [6, 2]]],
    [1, [], []],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, pipes, queries = CORNER[case]
        return [n, [list(p) for p in pipes], [list(q) for q in queries]]
    n = {1: 100, 2: 1000, 3: 10000}[level]
    q = n
    parent = [0] * n
    if case == 0:
        # random recursive tree: shallow
        for i in range(1, n):
            parent[i] = rng.randrange(i)
    elif case == 1:
        # caterpillar: a spine of n/2 valves with single leaves hanging off it
        spine = n // 2
        for i in range(1, spine):
            parent[i] = i - 1
        for i in range(spine, n):
            parent[i] = rng.randrange(spine)
    else:
        # two long arms from the middle, with short twigs near their ends
        arm = n // 3
        for i in range(1, n):
            if i <= arm:
                parent[i] = i - 1
            elif i == arm + 1:
                parent[i] = 0
            elif i <= 2 * arm:
                parent[i] = i - 1
            else:
                parent[i] = rng.choice((rng.randrange(arm // 2, arm + 1), rng.randrange(arm + arm // 2, 2 * arm + 1)))
    label = list(range(n))
    rng.shuffle(label)
    pipes = []
    for i in range(1, n):
        a, b = label[i], label[parent[i]]
        if rng.random() < 0.5:
            a, b = b, a
        pipes.append([a, b, rng.randint(1, 1000)])
    rng.shuffle(pipes)
    queries = [[rng.randrange(n), rng.randrange(n)] for _ in range(q)]
    return [n, pipes, queries]
