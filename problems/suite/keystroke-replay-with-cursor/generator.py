import random

CORNER = [
    "",
    "<<<<",
    "--++ab+++---",
    "hello-----x",
    "<ab--<<c",
    "thequickfox",
    "a<b<c<d<e<f<",
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = (1000, 8000, 60000)[level - 1]
    out = []
    length = cursor = 0
    while len(out) < n:
        r = rng.random()
        if case == 0:
            # a long text is typed first, then edits keep returning near its start
            if length < n // 3 or r < 0.45:
                burst = rng.randint(1, 6)
                out.extend(rng.choice(LETTERS) for _ in range(burst))
                length += burst
                cursor += burst
            elif r < 0.6 and cursor:
                out.append("<")
                length -= 1
                cursor -= 1
            else:
                steps = min(cursor, rng.randint(1, 8)) if cursor > 50 else 0
                out.extend("-" * steps)
                cursor -= steps
                if not steps:
                    out.append("+")
                    cursor = min(cursor + 1, length)
        else:
            typing = 0.55 if case == 1 else 0.45
            if r < typing:
                burst = rng.randint(1, 8)
                out.extend(rng.choice(LETTERS) for _ in range(burst))
                length += burst
                cursor += burst
            elif r < typing + (0.1 if case == 1 else 0.3):
                out.append("<")
                if cursor:
                    length -= 1
                    cursor -= 1
            else:
                move = "-" if rng.random() < 0.5 else "+"
                steps = rng.randint(1, 12)
                out.extend(move * steps)
                cursor = max(0, cursor - steps) if move == "-" else min(length, cursor + steps)
    return ["".join(out[:n])]
