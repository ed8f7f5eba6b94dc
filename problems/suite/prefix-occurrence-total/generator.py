import random

CORNER = [
    "",
    "q",
    "zzzzzz",
    "abcdefg",
    "abcabcabca",
    "aAaAaa",
    "abacabadabacaba",
    "ab ab ab!",
]


def _near_periodic(rng, n, period, alphabet, clean, rate):
    unit = [rng.choice(alphabet) for _ in range(period)]
    chars = [unit[i % period] for i in range(n)]
    i = clean
    while i < n:
        i += int(rng.expovariate(rate)) + 1
        if i < n:
            chars[i] = rng.choice(alphabet)
    return "".join(chars)


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = (400, 6000, 100000)[level - 1]
    if case == 0:
        s = _near_periodic(rng, n, rng.randint(1, 3), "ab", n // 20, 1 / 150)
    elif case == 1:
        s = _near_periodic(rng, n, rng.randint(5, 20), "abcd", n // 10, 1 / 400)
    else:
        # long period, rare typos; then a random prefix of it is pasted in now and then
        s = _near_periodic(rng, n, rng.randint(30, 60), "ab", n // 10, 1 / 2000)
        parts = []
        pos = 0
        while pos < n:
            take = rng.randint(200, 2000)
            parts.append(s[pos:pos + take])
            pos += take
            if rng.random() < 0.5:
                parts.append(s[:rng.randint(1, 3000)])
        s = "".join(parts)[:n]
    return [s]
