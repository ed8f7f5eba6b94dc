from typing import List


def longest_trail_length(n: int, trails: List[List[int]]) -> int:
    """A nature park has `n` shelters numbered 0..n-1 (1 <= n <= 10 000) joined by
    n - 1 two-way trails given in `trails`; trail [a, b, w] joins shelters a and b and
    is w metres long (1 <= w <= 10 000). Every shelter can reach every other one, so
    there is exactly one route (never repeating a trail) between any two shelters.

    Return the greatest length, in metres, of the route between any two shelters
    (0 when n = 1).

    >>> longest_trail_length(4, [[0, 1, 3], [1, 2, 4], [1, 3, 10]])
    14
    >>> longest_trail_length(1, [])
    0
    """
