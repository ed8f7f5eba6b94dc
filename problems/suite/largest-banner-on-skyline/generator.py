import random

CORNER = [
    [],
    [7],
    [0, 0, 0],
    [1, 2, 3, 4, 5],
    [5, 4, 3, 2, 1],
    [3, 3, 3, 3],
    [6, 2, 5, 4, 5, 1, 6],
    [10**9, 10**9, 1, 10**9],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = {1: 280, 2: 5000, 3: 100000}[level]
    heights = []
    if case == 0:
        # random-walk segments restarting at a fresh level
        while len(heights) < n:
            h = rng.randint(0, 2 * 10**6)
            for _ in range(rng.randint(500, 3000)):
                h = max(0, h + rng.randint(-300, 300))
                heights.append(h)
    elif case == 1:
        # long gentle ramps up and down
        while len(heights) < n:
            length = rng.randint(n // 400 + 2, n // 80 + 5)
            base = rng.randint(0, 1000)
            step = rng.randint(1, 30)
            ramp = [base + step * t + rng.randint(0, 5) for t in range(length)]
            if rng.random() < 0.5:
                ramp.reverse()
            heights.extend(ramp)
    else:
        # plateaus of random heights
        while len(heights) < n:
            heights.extend([rng.randint(0, 10**9)] * rng.randint(50, 400))
    return [heights[:n]]
