from typing import List


def wait_for_higher(values: List[int]) -> List[int]:
    """For every position, return how far ahead the next strictly larger value is.

    `values` has n integers (0 <= n <= 100 000), each in [-10**9, 10**9].
    The answer is a list `out` of length n where out[i] = j - i for the
    smallest j > i with values[j] > values[i], or 0 when no such j exists.

    >>> wait_for_higher([3, 1, 2, 5, 5, 4, 6])
    [3, 1, 1, 3, 2, 1, 0]
    >>> wait_for_higher([9, 9, 9])
    [0, 0, 0]
    >>> wait_for_higher([])
    []
    """
