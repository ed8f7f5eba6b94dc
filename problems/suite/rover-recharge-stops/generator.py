import random

CORNER = [
    [10, 10, [[5, 3]]],
    [10, 3, []],
    [100, 10, [[5, 20], [40, 100]]],
    [20, 5, [[5, 5], [10, 10]]],
    [30, 10, [[10, 5], [10, 5], [10, 10]]],
    [50, 20, [[25, 100], [30, 100]]],
    # taking the first depot met is worse than waiting for the big one
    [100, 25, [[5, 10], [10, 10], [25, 75], [15, 10]]],
    [1000000000, 1000000000, [[999999999, 1]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        g, b, d = CORNER[case]
        return [g, b, [list(x) for x in d]]
    n = {1: 250, 2: 4000, 3: 11000}[level]
    goal = 10**9
    positions = sorted(rng.sample(range(1, goal), n))
    gap = goal // n
    depots = []
    for p in positions:
        if case == 0:
            c = rng.randint(1, 3 * gap)
        elif case == 1:
            c = rng.randint(1, gap) if rng.random() < 0.95 else rng.randint(5 * gap, 40 * gap)
        else:
            c = rng.randint(gap // 2, 2 * gap)
        depots.append([p, c])
    rng.shuffle(depots)
    battery = positions[min(n - 1, 5)]
    return [goal, battery, depots]
