import random

CORNER = [
    "",
    "\n",
    "42\n",
    "-1,-2,-3\n5,-5\n",
    "0,0,0\n\n0\n",
    "0007,-0003,000\n",
    "999999999999,-999999999999,999999999999\n1\n",
    "\n\n1,2\n\n",
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [CORNER[case]]
    lines = 10 ** (level + 1)
    out = []
    for _ in range(lines):
        if case == 0:
            count = rng.randint(0, 30)
            nums = [str(rng.randint(-10**9, 10**9)) for _ in range(count)]
        elif case == 1:
            count = rng.randint(1, 15)
            nums = [str(rng.randint(-10**12 + 1, 10**12 - 1)) for _ in range(count)]
        else:
            # zero-padded fields, sometimes negative
            count = rng.randint(5, 30) if rng.random() < 0.9 else 0
            nums = [("-" if rng.random() < 0.2 else "") + str(rng.randint(0, 10**8 - 1)).zfill(8)
                    for _ in range(count)]
        out.append(",".join(nums))
        out.append("\n")
    return ["".join(out)]
