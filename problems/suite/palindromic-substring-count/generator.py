import random

CORNER = [
    "",
    "x",
    "aaaaaaa",
    "abcdefgh",
    "abccbaabba",
    "racecar",
    "abacabadabacaba",
    "zzazzbzz",
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 5 * 10 ** (level + 1) if level > 1 else 100
    parts = []
    size = 0
    if case == 0:
        # runs of one letter separated by single other letters
        while size < n:
            run = rng.choice("ab") * rng.randint(1, 120)
            parts.append(run)
            parts.append(rng.choice("abc"))
            size += len(run) + 1
    elif case == 1:
        # a random block and its mirror image, repeated a few times
        while size < n:
            block = "".join(rng.choice("abc") for _ in range(rng.randint(2, 8)))
            piece = (block + block[::-1]) * rng.randint(5, 60)
            parts.append(piece)
            parts.append(rng.choice("abc"))
            size += len(piece) + 1
    else:
        # binary alphabet, heavily biased towards 'a'
        parts = ["b" if rng.random() < 0.03 else "a" for _ in range(n)]
    return ["".join(parts)[:n]]
