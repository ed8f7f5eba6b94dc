from typing import List


def square_product_pairs(values: List[int]) -> int:
    """Count the pairs of positions i < j for which values[i] * values[j] is a
    perfect square (the square of an integer).

    `values` holds n integers (0 <= n <= 10 000), each with 1 <= value <= 10**6;
    equal values at different positions form distinct pairs.

    >>> square_product_pairs([2, 8, 3, 12, 4])
    2
    >>> square_product_pairs([5, 5, 5])
    3
    >>> square_product_pairs([1, 2, 3])
    0
    """
