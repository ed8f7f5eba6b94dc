import random

CORNER = [
    ["", 1],
    ["abc", 4],
    ["abcabc", 6],
    ["zzzzzzzzzzzz", 3],
    ["abcdefghijkl", 2],
    ["abracadabra", 1],
    ["aaabaaabaaab", 5],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        s, k = CORNER[case]
        return [s, k]
    n = {1: 400, 2: 2500, 3: 15000}[level]
    if case == 0:
        k = rng.randint(11, 14)
        return ["".join(rng.choice("ab") for _ in range(n)), k]
    if case == 1:
        return ["".join(rng.choice("acgt") for _ in range(n)), 8]
    # random text over 26 letters with blocks pasted from earlier parts
    k = rng.randint(40, 100)
    chars = [rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)]
    for _ in range(max(3, n // 200)):
        length = min(rng.randint(k, 3 * k), n // 2)
        src = rng.randrange(0, n - length)
        dst = rng.randrange(0, n - length)
        chars[dst:dst + length] = chars[src:src + length]
    return ["".join(chars), k]
