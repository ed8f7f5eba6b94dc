import random

CORNER = ["z", "aa", "ab", "racecar", "abcdefghijk", "aabaacaab", "abaabbaabab"]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = {1: 120, 2: 700, 3: 4000}[level]
    if case == 0:
        s = "".join(rng.choice("ab") for _ in range(n))
    elif case == 1:
        s = "".join(rng.choice("abc") for _ in range(n))
    else:
        # glued random palindromes of length up to 12 over two letters
        parts = []
        total = 0
        while total < n:
            half = "".join(rng.choice("ab") for _ in range(rng.randint(1, 6)))
            p = half + half[::-1][rng.randint(0, 1):]
            parts.append(p)
            total += len(p)
        s = "".join(parts)[:n]
    return [s]
