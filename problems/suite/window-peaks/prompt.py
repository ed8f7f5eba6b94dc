from typing import List


def window_peaks(values: List[int], k: int) -> List[int]:
    """Return the maximum of each window of `k` consecutive values, from left to right.

    `values` holds n integers (0 <= n <= 200 000) in [-10**9, 10**9] and
    1 <= k <= 10**6. The result has max(0, n - k + 1) entries; entry i is
    max(values[i:i + k]).

    >>> window_peaks([1, 3, -1, -3, 5, 3, 6, 7], 3)
    [3, 3, 5, 5, 6, 7]
    >>> window_peaks([4, 2], 5)
    []
    >>> window_peaks([9, 8, 7], 1)
    [9, 8, 7]
    """
