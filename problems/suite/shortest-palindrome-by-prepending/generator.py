import random

CORNER = [
    "",
    "q",
    "racecar",
    "abcd",
    "aaaa",
    "aaab",
    "abab",
    "baaab",
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 10 ** (level + 2)
    if case == 0:
        s = "".join(rng.choice("ab") for _ in range(n))
    elif case == 1:
        half = "".join(rng.choice("abc") for _ in range(n // 8))
        pal = half + rng.choice(["", "c"]) + half[::-1]
        s = pal + "".join(rng.choice("abc") for _ in range(n - len(pal)))
    else:
        unit = "".join(rng.choice("ab") for _ in range(rng.randint(3, 9)))
        chars = list((unit * (n // len(unit) + 1))[:n])
        for _ in range(max(1, n // 2000)):
            chars[rng.randrange(n)] = "c"
        s = "".join(chars)
    return [s]
