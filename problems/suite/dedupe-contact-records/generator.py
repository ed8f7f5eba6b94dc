import random

CORNER = [
    [],
    ["Solo,solo@one.net"],
    ["A,a@b.c", "A,a@b.c", "A,a@b.c"],
    ["X,Mix.Case@Host.ORG", "Y,mix.case@host.org", "Z,mixcase@host.org"],
    ["P,p+tag@d.e", "Q,p@d.e", "R,p+other+x@D.E", "S,+@d.e", "T,@d.e"],
    ["M,m-1@a.b", "M,m-1@a.bc", "M,m-1@ab.c", "M,m.1@a.b"],
    ["Long Name With Spaces," + "k" * 40 + "@" + "d" * 40, "L," + "K" * 40 + "@" + "D" * 40, "M," + "k" * 20 + "+" + "z" * 19 + "@" + "d" * 40],
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
FIRST = ["Ann", "Bo", "Cy", "Dee", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo", "Kit", "Lu"]
DOMAINS = ["mail.com", "post.org", "inbox.net", "web.io", "co.uk", "uni-x.edu"]


def vary(rng, local, domain):
    if rng.random() < 0.4:
        local = local + "+" + rng.choice(["news", "shop", "a1", "x+y"])
    s = local + "@" + domain
    if rng.random() < 0.5:
        s = "".join(c.upper() if rng.random() < 0.3 else c for c in s)
    return s


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 25 * 10 ** level
    if case == 0:
        people = n // 2          # about half the records are repeats
    elif case == 1:
        people = n               # mostly distinct people
    else:
        people = n // 10         # a few people, many repeats
    base = []
    for _ in range(people):
        local = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 8)))
        if rng.random() < 0.5:
            local += "." + "".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 6)))
        base.append((rng.choice(FIRST), local, rng.choice(DOMAINS)))
    records = []
    for _ in range(n):
        first, local, domain = rng.choice(base)
        records.append(first + " " + rng.choice(LETTERS).upper() + "," + vary(rng, local, domain))
    return [records]
