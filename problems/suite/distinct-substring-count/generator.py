import random

CORNER = ["", "q", "zzzzzzzz", "abcdefghijkl", "abababababab", "racecar", "aAaAAa"]

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _fibonacci_word(n):
    a, b = "b", "a"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 10 ** (level + 1)
    if case == 0:
        return ["".join(rng.choice("ab") for _ in range(n))]
    if case == 1:
        period = rng.randint(5, 40)
        unit = [rng.choice(LETTERS) for _ in range(period)]
        chars = [unit[i % period] for i in range(n)]
        for _ in range(5):
            chars[rng.randrange(n)] = rng.choice(LETTERS)
        return ["".join(chars)]
    return [_fibonacci_word(n)]
