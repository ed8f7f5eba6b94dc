from typing import List


def pairwise_gcd_total(values: List[int]) -> int:
    """Given a list of 1..200 000 positive integers, each at most 10**6, return the sum
    of gcd(values[i], values[j]) over all index pairs i < j (equal values at different
    indices form a pair). A list with a single value gives 0.

    >>> pairwise_gcd_total([4, 6, 9])
    6
    >>> pairwise_gcd_total([5, 5, 5])
    15
    >>> pairwise_gcd_total([7])
    0
    """
