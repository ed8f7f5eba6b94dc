from typing import List


def longest_window_k_kinds(values: List[int], k: int) -> int:
    """Return the length of the longest contiguous slice of `values` containing at most `k` distinct values.

    `values` has 0 to 100 000 integers in [-10**9, 10**9] and 0 <= k <= 10**5.
    The empty slice always qualifies, so the answer is 0 for an empty list or k == 0.

    >>> longest_window_k_kinds([1, 2, 1, 3, 3, 2, 2], 2)
    4
    >>> longest_window_k_kinds([5, 6, 7], 0)
    0
    >>> longest_window_k_kinds([4, 4, 9], 5)
    3
    """
