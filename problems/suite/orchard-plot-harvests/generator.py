import random

CORNER = [
    [[[1, 2], [3, 4]], []],
    [[[5]], [[0, 0, 0, 0], [0, 0, 0, 0]]],
    [[[1, 2, 3, 4, 5]], [[0, 0, 0, 4], [0, 2, 0, 2], [0, 1, 0, 3]]],
    [[[9], [8], [7], [6]], [[0, 0, 3, 0], [1, 0, 2, 0], [3, 0, 3, 0]]],
    [[[1000000, 1000000, 1000000], [1000000, 1000000, 1000000], [1000000, 1000000, 1000000]],
     [[0, 0, 2, 2], [1, 1, 2, 2], [0, 2, 2, 2]]],
    [[[0, 0, 0], [0, 0, 0]], [[0, 0, 1, 2], [1, 1, 1, 1]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        g, q = CORNER[case]
        return [[list(r) for r in g], [list(x) for x in q]]
    side = (11, 27, 66)[level - 1]
    ri = rng.randint
    rr = rng.randrange
    grid = [[ri(0, 10**6) for _ in range(side)] for _ in range(side)]
    plots = []
    for _ in range(3 * side * side):
        if case == 0:
            a, b = sorted((rr(side), rr(side)))
            c, d = sorted((rr(side), rr(side)))
        elif case == 1:
            # large plots: at least half of each side
            a = rr(side // 2)
            b = rr(a + side // 2, side)
            c = rr(side // 2)
            d = rr(c + side // 2, side)
        else:
            # tall strips of a few columns
            a = rr(side // 4)
            b = rr(side - side // 4, side)
            c = rr(side)
            d = min(side - 1, c + rr(3))
        plots.append([a, c, b, d])
    return [grid, plots]
