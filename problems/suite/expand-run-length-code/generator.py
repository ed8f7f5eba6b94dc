import random

CORNER = [
    "",
    "q",
    "a12b99",
    "a3a4a5",
    "z1y1x1",
    "abcdefghijkl",
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = (3000, 16000, 80000)[level - 1]
    parts = []
    size = 0
    while True:
        letter = rng.choice(LETTERS)
        r = rng.random()
        if case == 0:
            count = rng.randint(1, 12) if r < 0.85 else 0
        elif case == 1:
            count = rng.randint(2, 40) if r < 0.3 else 0
        else:
            count = (rng.randint(10, 99) if r < 0.2 else rng.randint(1, 9)) if r < 0.9 else 0
        run = letter + (str(count) if count else "")
        if size + len(run) > n:
            break
        parts.append(run)
        size += len(run)
    parts.append("z" * (n - size))
    return ["".join(parts)]
