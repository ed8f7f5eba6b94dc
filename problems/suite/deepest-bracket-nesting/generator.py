import random

CORNER = [
    "",
    "just words here",
    "()",
    "([)]",
    "((a)",
    "a)(b",
    "{x[y(z)]} [] ()",
    "((((((((((((((",
]

OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}
FILL = "abcdefghij     "


def _build(rng, n, deep):
    out = []
    stack = []
    while len(out) < n - len(stack):
        room = n - len(out) - len(stack)
        r = rng.random()
        if r < 0.3:
            out.append(rng.choice(FILL))
        elif (deep and r < 0.8 or not deep and r < 0.65) and room >= 2:
            ch = rng.choice(OPEN)
            stack.append(ch)
            out.append(ch)
        elif stack:
            out.append(CLOSE[stack.pop()])
        else:
            out.append(rng.choice(FILL))
    while stack:
        out.append(CLOSE[stack.pop()])
    return out


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    n = 10 ** (level + 2)
    if case == 0:
        # one long climb of openers, a busy well-formed middle, then the descent
        climb = [rng.choice(OPEN) for _ in range(n // 4)]
        middle = _build(rng, n - 2 * len(climb), True)
        descent = [CLOSE[c] for c in reversed(climb)]
        return ["".join(climb + middle + descent)]
    if case == 1:
        return ["".join(_build(rng, n, False))]
    out = _build(rng, n, True)
    # break the text at its very last bracket
    for i in range(len(out) - 1, -1, -1):
        if out[i] in ")]}":
            out[i] = {")": "]", "]": "}", "}": ")"}[out[i]]
            break
    return ["".join(out)]

