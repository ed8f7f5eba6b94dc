import random

CORNER = ["", "x", "abcdefg", "qqqqqqqqqqq", "abababa", "xyzmmmmxyz", "abAB"]

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _fibonacci_word(n):
    a, b = "b", "a"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 45 * 10 ** (level - 1)
    if case == 0:
        # one long block, copied once from the first half into the second
        chars = [rng.choice("abcd") for _ in range(n)]
        length = rng.randint(n // 3, 2 * n // 5)
        src = rng.randrange(0, n // 2 - length + 1)
        dst = rng.randrange(n // 2, n - length + 1)
        chars[dst:dst + length] = chars[src:src + length]
        return ["".join(chars)]
    if case == 1:
        # binary noise whose long repeat is the opening block pasted at the very end
        chars = [rng.choice("ab") for _ in range(n)]
        length = rng.randint(2 * n // 5, 9 * n // 20)
        chars[n - length:] = chars[:length]
        return ["".join(chars)]
    return [_fibonacci_word(n)]
