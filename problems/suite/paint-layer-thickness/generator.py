import random

CORNER = [
    [4, []],
    [1, [[0, 0, 7], [0, 0, 1000]]],
    [5, [[0, 4, 2]]],
    [6, [[0, 0, 5], [5, 5, 9], [0, 0, 1]]],
    [6, [[0, 5, 1], [1, 4, 10], [2, 3, 100]]],
    [3, [[1, 2, 4], [1, 2, 4], [1, 2, 4]]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        n, s = CORNER[case]
        return [n, [list(x) for x in s]]
    n = (300, 1350, 6000)[level - 1]
    m = n
    strokes = []
    rr = rng.randrange
    ri = rng.randint
    if case == 0:
        # long strokes: at least a third of the fence each
        for _ in range(m):
            lo = rr(n // 3)
            hi = rr(lo + n // 3, n)
            strokes.append([lo, hi, ri(1, 1000)])
    elif case == 1:
        for _ in range(m):
            a = rr(n)
            b = rr(n)
            if a > b:
                a, b = b, a
            strokes.append([a, b, ri(1, 1000)])
    else:
        # nested around the middle
        mid = n // 2
        for _ in range(m):
            w = rr(n // 4, mid)
            strokes.append([mid - w, mid + w - 1, ri(1, 1000)])
    return [n, strokes]
