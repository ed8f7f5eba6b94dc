from typing import List, Tuple


def traded_totals(orders: List[Tuple[str, int, int]]) -> List[int]:
    """Run a limit order book and report how much was traded.

    `orders` (at most 20 000) arrive one by one; each is (side, price, quantity)
    with side "B" (buy) or "S" (sell), 1 <= price <= 10**6, 1 <= quantity <= 10**4.
    An arriving buy trades against resting sells whose price is <= its own price,
    always the lowest-priced resting sell first; each trade is for the smaller of
    the two remaining quantities, at the resting order's price. It keeps trading
    until it is filled or no resting sell is cheap enough; whatever is left rests
    in the book. An arriving sell works the same way against resting buys whose
    price is >= its own, highest price first. Trades happen only on arrival.

    Return [total quantity traded, total value traded], the value being the sum of
    quantity * price over all trades.

    >>> traded_totals([("S", 10, 5), ("S", 12, 5), ("B", 11, 7), ("B", 13, 4)])
    [9, 98]
    >>> traded_totals([("B", 5, 3), ("S", 6, 3)])
    [0, 0]
    >>> traded_totals([("B", 9, 2), ("B", 8, 2), ("S", 1, 10), ("B", 1, 1)])
    [5, 35]
    """
