import random

CORNER = [
    "0",
    "1000000000",
    "+ 1000000000 1000000000",
    "- 0 1",
    "* 1000000000 1000000000",
    "- 5 5",
    "* + 1 2 - 3 4",
    "+ + + + 1 2 3 4 5",
]


def build(leaves, rng):
    """Tokens of a random expression with `leaves` integer leaves and bounded depth."""
    out = []
    stack = [(leaves, 0)]
    while stack:
        k, depth = stack.pop()
        if k == 1:
            if rng.random() < 0.3:
                out.append(str(rng.randint(0, 9)))
            else:
                out.append(str(rng.randint(0, 10**9)))
            continue
        out.append(rng.choice("+-*"))
        if depth >= 30:
            left = k // 2  # keep deep trees balanced
        elif rng.random() < 0.5:
            left = rng.randint(1, k - 1)  # lopsided split
        else:
            left = max(1, min(k - 1, k // 2 + rng.randint(-k // 8, k // 8)))
        # push the right operand first so the left one is emitted first
        stack.append((k - left, depth + 1))
        stack.append((left, depth + 1))
    return out


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 8 * 10 ** (level + 1)  # tokens
    leaves = (n + 1) // 2
    if case == 0:
        tokens = build(leaves, rng)
    else:
        # a chain of 40 sub-expressions: hanging to the right (case 1) or to the left
        pieces = 40
        per = leaves // pieces
        sizes = [per] * (pieces - 1) + [leaves - per * (pieces - 1)]
        subs = [build(k, rng) for k in sizes]
        ops = [rng.choice("+-*") for _ in range(pieces - 1)]
        tokens = []
        if case == 1:
            for op, sub in zip(ops, subs):
                tokens.append(op)
                tokens.extend(sub)
            tokens.extend(subs[-1])
        else:
            tokens.extend(ops)
            for sub in subs:
                tokens.extend(sub)
    return [" ".join(tokens)]
