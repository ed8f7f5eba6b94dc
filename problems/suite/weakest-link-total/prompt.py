from typing import List


def weakest_link_total(strengths: List[int]) -> int:
    """A chain has n links in a row (0 <= n <= 8 000); link i can hold
    strengths[i] (0 <= strengths[i] <= 10**9). A piece cut from the chain
    (any run of consecutive links i..j, i <= j) holds as much as its weakest
    link, min(strengths[i..j]).

    Return the sum of that holding strength over all n * (n + 1) / 2 pieces
    (an exact integer, 0 for an empty chain).

    >>> weakest_link_total([3, 1, 2, 4])
    17
    >>> weakest_link_total([5, 5])
    15
    >>> weakest_link_total([])
    0
    """
