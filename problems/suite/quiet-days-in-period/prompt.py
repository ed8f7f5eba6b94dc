from typing import List


def quiet_days_in_period(noise: List[int], periods: List[List[int]]) -> List[int]:
    """A station measured the noise level on n consecutive days
    (1 <= n <= 6 500, -10**9 <= noise[i] <= 10**9). Each entry
    [lo, hi, limit] of `periods` (at most 6 500 entries, 0 <= lo <= hi < n,
    -10**9 <= limit <= 10**9) asks how many days i with lo <= i <= hi had
    noise[i] <= limit.

    Return the answers in the order the periods are given.

    >>> quiet_days_in_period([5, 1, 4, 2, 8], [[0, 4, 4], [1, 3, 1], [2, 2, 3], [0, 4, 10]])
    [3, 1, 0, 5]
    >>> quiet_days_in_period([-3], [[0, 0, -3]])
    [1]
    """
