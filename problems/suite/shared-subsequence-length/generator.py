import random

CORNER = [
    ["", ""],
    ["abc", ""],
    ["banana", "banana"],
    ["abc", "xyz"],
    ["zxabcdezy", "yzabcdezx"],
    ["a", "a"],
    ["aaaa", "aa"],
    ["ace", "qaxcxxe"],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return list(CORNER[case])
    n = {1: 1000, 2: 3000, 3: 6500}[level]
    alpha = "acgt" if case != 1 else "abcdefghijklmnopqrstuvwxyz"
    a = "".join(rng.choice(alpha) for _ in range(n + rng.randint(-20, 20)))
    if case == 2:
        # second strand is a mutated copy of the first: long common subsequence
        chars = list(a)
        for _ in range(n // 5):
            p = rng.randrange(len(chars))
            if rng.random() < 0.5:
                chars[p] = rng.choice(alpha)
            else:
                chars.insert(p, rng.choice(alpha))
        b = "".join(chars)
    else:
        b = "".join(rng.choice(alpha) for _ in range(n + rng.randint(-20, 20)))
    return [a, b]
