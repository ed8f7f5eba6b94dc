import random

CORNER = [
    "",
    "0:",
    "3:1:23:::x",
    "10:9876543210",
    "1:a0:1:b0:",
    "12:hello:world!",
    "0:0:0:",
    "4:4:4:1:x",
]

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    records = 4 * 10 ** (level + 1)
    if case == 0:
        alphabet = PRINTABLE
        sizes = [rng.randint(0, 40) for _ in range(records)]
    elif case == 1:
        alphabet = "0123456789:"
        sizes = [rng.randint(0, 60) for _ in range(records)]
    else:
        alphabet = "abcdefghijklmnopqrstuvwxyz "
        sizes = [int(rng.expovariate(1 / 20)) for _ in range(records)]
    parts = []
    for size in sizes:
        payload = "".join(rng.choice(alphabet) for _ in range(size))
        parts.append(f"{size}:{payload}")
    return ["".join(parts)]
