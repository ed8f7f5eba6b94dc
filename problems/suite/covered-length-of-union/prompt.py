from typing import List


def covered_length(intervals: List[List[int]]) -> int:
    """Return the total length of the union of the given half-open intervals.

    Each interval is a pair [a, b] of integers with -10**9 <= a < b <= 10**9
    and stands for [a, b). Intervals may overlap, nest, touch or repeat and
    are given in no particular order; there are at most 100 000 of them.
    Return the measure of the set of points covered by at least one interval
    (0 if the list is empty).

    >>> covered_length([[1, 4], [2, 6], [8, 10]])
    7
    >>> covered_length([[0, 5], [5, 7], [1, 2]])
    7
    >>> covered_length([])
    0
    """
