from typing import List


def shortest_run_reaching(values: List[int], target: int) -> int:
    """Return the length of the shortest non-empty contiguous run of `values` whose sum is at least `target`.

    `values` holds 0 to 100 000 integers in [-10**6, 10**6] (negative values
    are allowed) and 1 <= target <= 10**12. Return 0 if no run reaches the target.

    >>> shortest_run_reaching([2, -1, 2, 1, -5, 3], 4)
    4
    >>> shortest_run_reaching([1, -1, 1], 3)
    0
    >>> shortest_run_reaching([-3, 7, -2], 7)
    1
    """
