import random

CORNER = [
    [],
    ["COUNT", "COUNT"],
    ["OUT ghost 5", "COUNT", "IN ghost 1", "COUNT"],
    ["IN a 3", "OUT a 3", "COUNT", "IN a 1", "OUT a 2", "COUNT"],
    ["IN A 1", "IN a 1", "IN a-1 1", "COUNT", "OUT A 1000000", "COUNT"],
    ["IN x 1000000", "IN x 1000000", "OUT x 1999999", "COUNT", "OUT x 1", "COUNT"],
    ["IN abcdefghijkl 7", "IN 123456789012 8", "OUT abcdefghijkl 6", "COUNT"],
]

ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [list(CORNER[case])]
    n = 3 * 10 ** (level + 1)
    skus = set()
    while len(skus) < n // 4:
        skus.add("".join(rng.choice(ALPHABET) for _ in range(rng.randint(4, 12))))
    skus = sorted(skus)
    rng.shuffle(skus)
    log = []
    if case == 0:
        # balanced traffic, a query every few entries
        for _ in range(n):
            r = rng.random()
            if r < 0.25:
                log.append("COUNT")
            elif r < 0.65:
                log.append("IN %s %d" % (rng.choice(skus), rng.randint(1, 50)))
            else:
                log.append("OUT %s %d" % (rng.choice(skus), rng.randint(1, 60)))
    elif case == 1:
        # the catalogue fills up first, then is drained while queried
        half = n // 2
        for i in range(half):
            log.append("IN %s %d" % (skus[i % len(skus)], rng.randint(1, 10**6)))
        for _ in range(n - half):
            if rng.random() < 0.5:
                log.append("COUNT")
            else:
                log.append("OUT %s %d" % (rng.choice(skus), rng.randint(10**5, 10**6)))
    else:
        # products cycle in and out of stock
        for _ in range(n):
            r = rng.random()
            sku = skus[int(len(skus) * rng.random() ** 2)]
            if r < 0.3:
                log.append("COUNT")
            elif r < 0.65:
                log.append("IN %s %d" % (sku, rng.randint(1, 3)))
            else:
                log.append("OUT %s %d" % (sku, rng.randint(1, 3)))
    return [log]
