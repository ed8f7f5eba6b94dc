import random

CORNER = [
    ["", ""],
    ["abc", ""],
    ["abc", "xyz"],
    ["samesame", "samesame"],
    ["mid", "xxmidxx"],
    ["abcdefg", "efgabc"],
    ["aBcD", "AbCd"],
]

LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _fibonacci_word(n):
    x, y = "b", "a"
    while len(y) < n:
        x, y = y, y + x
    return y[:n]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        a, b = CORNER[case]
        return [a, b]
    m = 10 ** (level + 1)
    if case == 0:
        a = [rng.choice("abc") for _ in range(m)]
        b = [rng.choice("abc") for _ in range(m)]
        length = rng.randint(m // 8, m // 5)
        src = rng.randrange(0, m - length)
        dst = rng.randrange(0, m - length)
        b[dst:dst + length] = a[src:src + length]
        return ["".join(a), "".join(b)]
    if case == 1:
        period = rng.randint(4, 12)
        unit = [rng.choice(LETTERS) for _ in range(period)]
        a = [unit[i % period] for i in range(m)]
        shift = rng.randrange(period)
        b = [unit[(i + shift) % period] for i in range(m)]
        for chars in (a, b):
            for _ in range(6):
                chars[rng.randrange(m)] = rng.choice(LETTERS)
        return ["".join(a), "".join(b)]
    word = _fibonacci_word(3 * m)
    start = rng.randrange(m // 2, m)
    return [word[:m], word[start:start + m][::-1]]
