from typing import List


def longest_divisible_run(values: List[int], m: int) -> int:
    """Return the length of the longest non-empty contiguous run of `values` whose sum is divisible by `m`.

    `values` holds n integers (0 <= n <= 200 000), each between -10**9 and 10**9,
    and 1 <= m <= 10**6. A run is values[i:j] with i < j; its sum must satisfy
    sum % m == 0. Return 0 when no such run exists (in particular when n == 0).

    >>> longest_divisible_run([4, 2, 5, 1, 7], 3)
    4
    >>> longest_divisible_run([1, 1], 5)
    0
    >>> longest_divisible_run([-3, 9, 8], 7)
    3
    """
