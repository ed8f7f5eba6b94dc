from typing import List


def gift_pairs_within_budget(prices: List[int], budget: int) -> int:
    """A shop lists n gift prices (0 <= n <= 6 000, 0 <= price <= 10**9).
    Count the pairs of positions i < j with prices[i] + prices[j] <= budget
    (-10**9 <= budget <= 2 * 10**9). Two gifts with the same price are still
    different gifts.

    >>> gift_pairs_within_budget([5, 1, 3, 8, 2], 6)
    4
    >>> gift_pairs_within_budget([4, 4, 4], 8)
    3
    >>> gift_pairs_within_budget([7], 100)
    0
    """
