import random

CORNER = [
    [[], ["a", ""]],
    [["abc", "abd"], []],
    [["x", "yy", ""], [""]],
    [["same", "same", "same"], ["sa", "same", "samey"]],
    [["ab", "abc"], ["abcdefghijkl", "b", "abc"]],
    [["zzzzzzzzzzzz"], ["zzzzzzzzzzzz", "zzzzzzzzzzz", "z"]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        words, prefixes = CORNER[case]
        return [list(words), list(prefixes)]
    n = (200, 700, 2500)[level - 1]
    alphabet = ("abc", "abcdef", "abcdefghijklmnopqrstuvwxyz")[case]
    stems = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 6))) for _ in range(max(10, n // 50))]
    words = []
    for _ in range(n):
        w = rng.choice(stems) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        words.append(w)
    prefixes = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            w = rng.choice(words)
            prefixes.append(w[: rng.randint(0, len(w))])
        elif r < 0.9:
            prefixes.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))))
        else:
            prefixes.append(rng.choice(stems))
    return [words, prefixes]
