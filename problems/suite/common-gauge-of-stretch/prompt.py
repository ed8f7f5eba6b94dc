from typing import List


def common_gauge_of_stretch(lengths: List[int], queries: List[List[int]]) -> List[int]:
    """A rail is made of n segments (1 <= n <= 7 000); `lengths[i]` is the
    length of segment i (0 <= lengths[i] <= 10**9). Each entry [lo, hi] of
    `queries` (at most 7 000 entries, 0 <= lo <= hi < n) asks for the largest
    integer g that divides every length in lengths[lo..hi] inclusive, i.e.
    their greatest common divisor (with gcd(0, x) = x, so a stretch of zeros
    gives 0).

    Return the answers in the order the queries are given.

    >>> common_gauge_of_stretch([12, 18, 24, 9, 0], [[0, 2], [1, 3], [4, 4], [2, 4]])
    [6, 3, 0, 3]
    >>> common_gauge_of_stretch([7], [[0, 0]])
    [7]
    """
