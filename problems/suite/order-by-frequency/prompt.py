from typing import List


def order_by_frequency(values: List[int]) -> List[int]:
    """Return a new list holding the same multiset of integers, grouped and ordered by frequency.

    All copies of a value are placed next to each other. Groups appear in
    decreasing order of their size (how many times the value occurs in
    `values`); groups of equal size are ordered by increasing value.
    The input has at most 200 000 integers, each between -10**9 and 10**9,
    and must not be modified.

    >>> order_by_frequency([5, 3, 5, 1, 3, 5, 2])
    [5, 5, 5, 3, 3, 1, 2]
    >>> order_by_frequency([-1, 4, 4, -1, 0])
    [-1, -1, 4, 4, 0]
    >>> order_by_frequency([])
    []
    """
