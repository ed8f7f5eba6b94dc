from typing import List


def divisor_tally_per_value(values: List[int]) -> List[int]:
    """For every integer in `values`, count its positive divisors (1 and the number
    itself included). Return the counts in the order the values are given.

    `values` holds n integers (0 <= n <= 20 000), each with 1 <= value <= 200 000.

    >>> divisor_tally_per_value([1, 6, 12, 7])
    [1, 4, 6, 2]
    >>> divisor_tally_per_value([])
    []
    >>> divisor_tally_per_value([36, 100000])
    [9, 36]
    """
