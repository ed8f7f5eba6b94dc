import random

CORNER = [
    [[], ["abc", ""]],
    [["abc"], []],
    [["abc", "b"], [""]],
    [["hello", "help"], ["hello", "helping"]],
    [["ab"], ["abcdef"]],
    [["aa", "aa", "ab"], ["ac", "b"]],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        words, queries = CORNER[case]
        return [list(words), list(queries)]
    m = (60, 300, 1500)[level - 1]
    alphabet = ("abc", "abcdefgh", "abcdefghijklmnopqrstuvwxyz")[case]

    def rand(lo, hi):
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))

    stems = [rand(3, 12) for _ in range(max(3, m // 20))]
    words = [rng.choice(stems) + rand(0, 18) for _ in range(m)]
    queries = []
    for _ in range(m):
        r = rng.random()
        w = rng.choice(words)
        if r < 0.5:
            cut = rng.randint(0, len(w))
            queries.append((w[:cut] + rand(0, 30 - cut))[:30])
        elif r < 0.8:
            queries.append(rng.choice(stems) + rand(0, 18))
        else:
            queries.append(rand(0, 30))
    return [words, queries]
