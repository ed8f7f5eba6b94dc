import random

B = 10**9
CORNER = [
    [(0, 0), (0, 0)],
    [(-B, -B), (B, B)],
    [(0, 0), (3, 4), (-3, -4), (10, 0)],
    [(5, y * 7) for y in range(8)],
    [(x, 0) for x in range(0, 40, 5)] + [(17, 1)],
    [(B, B), (-B, B), (B, -B), (-B, -B), (0, 1), (1, 0)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = (100, 700, 5000)[level - 1]
    if case == 0:
        # a tall thin rectangle
        pts = [(rng.randint(-1000, 1000), rng.randint(-B, B)) for _ in range(n)]
    elif case == 1:
        # a narrow vertical band: sorting by x leaves neighbours far apart in y
        pts = [(rng.randint(-50, 50), rng.randint(-B, B)) for _ in range(n)]
    else:
        # two thin vertical bands far apart
        pts = [(rng.choice((-10**6, 10**6)) + rng.randint(0, 200), rng.randint(-B, B)) for _ in range(n)]
    return [pts]
