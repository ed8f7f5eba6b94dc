from typing import List


def coin_mix_count(coins: List[int], amount: int) -> int:
    """A till holds an unlimited supply of coins of each denomination in `coins`
    (at most 50 distinct values, 1 <= coins[i] <= 10**5). Count the different ways to
    pay exactly `amount` (0 <= amount <= 10 000): two ways are the same when they use
    the same number of coins of every denomination (the order of the coins does not
    matter). Paying 0 has exactly one way (no coins).

    Return the count modulo 1 000 000 007.

    >>> coin_mix_count([1, 2, 5], 5)
    4
    >>> coin_mix_count([2], 3)
    0
    >>> coin_mix_count([3, 7], 0)
    1
    >>> coin_mix_count([10], 10)
    1
    """
