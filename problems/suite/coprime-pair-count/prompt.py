def coprime_pair_count(n: int) -> int:
    """Given an integer n (1 <= n <= 10**9), count the pairs of integers (a, b) with
    1 <= a < b <= n whose greatest common divisor is 1.

    >>> coprime_pair_count(5)
    9
    >>> coprime_pair_count(1)
    0
    >>> coprime_pair_count(10)
    31
    """
