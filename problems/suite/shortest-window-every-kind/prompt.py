from typing import List


def shortest_covering_window(values: List[int]) -> int:
    """Return the length of the shortest contiguous slice of `values` that contains every value occurring in `values`.

    `values` has 0 to 100 000 integers in [-10**9, 10**9]. For an empty list
    the answer is 0.

    >>> shortest_covering_window([2, 1, 2, 2, 3, 1, 3])
    3
    >>> shortest_covering_window([5, 5, 5])
    1
    >>> shortest_covering_window([])
    0
    """
