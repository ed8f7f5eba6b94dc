from typing import List


def cheapest_cable_plan(n: int, offers: List[List[int]]) -> int:
    """There are `n` sites numbered 0..n-1 (1 <= n <= 100 000). Each offer [a, b, c]
    in `offers` (at most 300 000) proposes laying a two-way cable between sites a and b
    for price c (0 <= c <= 10**9); offers may repeat a pair or have a == b.

    Choose a set of offers so that any two sites that are connected using ALL offers
    are also connected using only the chosen cables, and the total price is as small
    as possible. Return that minimum total price.

    >>> cheapest_cable_plan(4, [[0, 1, 3], [1, 2, 1], [0, 2, 2], [2, 3, 7]])
    10
    >>> cheapest_cable_plan(3, [[0, 1, 5]])
    5
    """
