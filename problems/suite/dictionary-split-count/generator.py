import random

CORNER = [
    ["", ["a"]],
    ["abc", []],
    ["hello", ["hello"]],
    ["abcab", ["a", "b", "ab"]],
    ["abab", ["ab", "ab", "a", "b", "a"]],
    ["aaaaaaaaaa", ["a", "aa", "aaa"]],
    ["ab", ["abc", "a"]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        text, words = CORNER[case]
        return [text, list(words)]
    n = 10 ** (level + 1)
    count = (20, 100, 500)[level - 1]
    alphabet = ("ab", "abc", "abcd")[case]
    vocab = set(alphabet[:2]) if case < 2 else {"a", "b", "c"}
    while len(vocab) < count:
        vocab.add("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12))))
    words = sorted(vocab)
    rng.shuffle(words)
    short = [w for w in words if len(w) <= 8]
    pieces = []
    size = 0
    while True:
        w = rng.choice(words if rng.random() < 0.3 else short)
        if size + len(w) > n:
            break
        pieces.append(w)
        size += len(w)
    text = "".join(pieces)
    if case == 2:
        text = text[:-1] + "z"
    return [text, words]
