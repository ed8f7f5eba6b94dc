from typing import List, Tuple


def product_bit_profile(values: List[int]) -> Tuple[int, int]:
    """Let P be the exact product of all the integers in `values` (P = 1 for an
    empty list). Return (bits, ones): the number of binary digits of P (without
    leading zeros) and how many of those binary digits are 1.

    `values` holds n integers (0 <= n <= 2 000), each with 1 <= value <= 10**30,
    so P can have hundreds of thousands of binary digits.

    >>> product_bit_profile([3, 5])
    (4, 4)
    >>> product_bit_profile([])
    (1, 1)
    >>> product_bit_profile([1024, 1, 7])
    (13, 3)
    """
