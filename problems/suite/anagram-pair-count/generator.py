import random

CORNER = [
    [],
    ["solo"],
    ["abc", "abc", "abc", "abc"],
    ["", "", "a", ""],
    ["a", "b", "a", "c", "b", "a"],
    ["abc", "abd", "abe", "xyz"],
    ["listen", "silent", "enlist", "tinsel", "inlets", "google"],
    ["aab", "aba", "abb", "bba", "bab", "baa"],
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 5 * 10 ** (level + 1)
    groups = (60, 600, 3000)[level - 1]
    alphabet = LETTERS if case != 1 else "abcde"
    bases = []
    for _ in range(groups):
        size = rng.randint(3, 12)
        bases.append([rng.choice(alphabet) for _ in range(size)])
    words = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(letters))
    return [words]
