from typing import List


def close_range_inversions(readings: List[int], reach: int) -> int:
    """A sensor logged n readings in time order (0 <= n <= 8 000,
    -10**9 <= readings[i] <= 10**9). Count the pairs of positions i < j with
    j - i <= reach (0 <= reach <= 10**9) and readings[i] > readings[j]
    (strictly), i.e. the drops that happen within `reach` steps.

    >>> close_range_inversions([5, 3, 4, 1, 2], 2)
    5
    >>> close_range_inversions([5, 3, 4, 1, 2], 10)
    8
    >>> close_range_inversions([2, 2, 1], 0)
    0
    """
