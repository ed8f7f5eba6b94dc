from typing import List


def concatenation_remainder(numbers: List[int], m: int) -> int:
    """Write the decimal representations of `numbers` one after another, in the
    given order and without separators, and read the digit string obtained as one
    decimal number N (leading zeros do not matter; N = 0 when `numbers` is empty).
    Return N mod m.

    `numbers` holds n integers (0 <= n <= 40 000) with 0 <= value <= 10**12, so N can
    have hundreds of thousands of digits; 1 <= m <= 10**18.

    >>> concatenation_remainder([12, 3, 45], 1000)
    345
    >>> concatenation_remainder([12, 3, 45], 7)
    4
    >>> concatenation_remainder([0, 0, 7], 10)
    7
    """
