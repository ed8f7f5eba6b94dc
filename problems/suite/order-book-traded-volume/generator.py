import random

CORNER = [
    [],
    [("B", 7, 3)],
    [("B", 5, 4), ("S", 5, 4)],
    [("S", 5, 4), ("B", 4, 4), ("S", 6, 1), ("B", 5, 1)],
    [("S", 3, 2), ("S", 3, 2), ("S", 1, 2), ("B", 1000000, 5)],
    [("B", 10, 1), ("B", 10, 1), ("B", 11, 1), ("S", 1, 10), ("S", 1, 1), ("B", 1, 10000)],
    [("S", 1000000, 10000), ("B", 1000000, 10000), ("B", 1, 10000), ("S", 1, 10000)],
    [("B", 1, 1), ("S", 2, 1), ("B", 2, 2), ("S", 1, 2)],
]


def generate(level: int, case: int, rng: random.Random) -> list:
    if level == 0:
        return [[tuple(o) for o in CORNER[case]]]
    n = 2 * 10 ** (level + 1)
    mid = 500000
    orders = []
    if case == 0:
        # passive orders and market sweeps nearly balance: the book grows slowly
        passive, spread, tick, sweep = 0.5, 3000, 1, 350
    elif case == 1:
        # fewer, bigger sweeps through several levels
        passive, spread, tick, sweep = 0.6, 3000, 1, 550
    else:
        # coarse ticks: many orders share a price level
        passive, spread, tick, sweep = 0.5, 2000, 50, 350
    for _ in range(n):
        mid += rng.randint(-20, 20)
        side = "B" if rng.random() < 0.5 else "S"
        if rng.random() < passive:
            # rests on its own side of the mid price
            off = -rng.randint(1, spread)
            qty = rng.randint(1, 1000)
        else:
            # marketable: reaches every resting price on the other side
            off = spread + rng.randint(0, 100)
            qty = rng.randint(1, 2 * sweep)
        price = mid + off if side == "B" else mid - off
        price = max(tick, min(10**6, price // tick * tick))
        orders.append((side, price, qty))
    return [orders]
