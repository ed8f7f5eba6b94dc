import random

CORNER = [
    ("1", 1),
    ("9876", 1),
    ("1100", 3),
    ("5", 7),
    ("9999", 9),
    ("2500", 20),
    ("121", 11),
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        b, m = CORNER[case]
        return [b, m]
    L = {1: 3, 2: 30, 3: 200}[level]
    m = [rng.randint(7, 30), rng.choice([16, 20, 24, 25, 30]), rng.randint(15, 30)][case]
    if case == 1:
        # stutter-free bound: the tight path survives to the end
        ds = [rng.randint(1, 9)]
        while len(ds) < L:
            d = rng.randint(0, 9)
            if d != ds[-1]:
                ds.append(d)
        bound = "".join(map(str, ds))
    elif case == 2:
        bound = "9" * L
    else:
        bound = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(L - 1))
    return [bound, m]
