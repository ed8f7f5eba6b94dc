import random

CORNER = [
    ["", 5],
    ["   \n  ", 3],
    ["word", 1],
    ["abc def", 7],
    ["abc def", 6],
    ["a b c d e f g", 1],
    ["  supercalifragilistic x  yy\n\nzzz  ", 4],
    ["aa bb cc dd ee", 200],
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        text, width = CORNER[case]
        return [text, width]
    n = 6 * 10 ** (level + 1)  # words
    if case == 0:
        width = 80
        lengths = [rng.choice((1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 11)) for _ in range(n)]
    elif case == 1:
        # narrow column: few words per line, some words longer than the width
        width = 24
        lengths = [rng.randint(1, 12) if rng.random() < 0.97 else rng.randint(25, 40)
                   for _ in range(n)]
    else:
        # wide lines of short tokens
        width = 160
        lengths = [rng.randint(1, 4) for _ in range(n)]
    seps = [" ", " ", " ", "  ", "\n", " \n "]
    parts = []
    for length in lengths:
        parts.append("".join(rng.choice(LETTERS) for _ in range(length)))
        parts.append(rng.choice(seps))
    return ["".join(parts), width]
