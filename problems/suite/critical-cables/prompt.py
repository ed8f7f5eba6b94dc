from typing import List


def critical_cables(n: int, cables: List[List[int]]) -> List[List[int]]:
    """A campus network has `n` switches numbered 0..n-1 (1 <= n <= 6 000) and two-way
    cables `cables` (at most 9 000), each [a, b] joining two different switches; no
    pair of switches is joined twice. The network need not be connected.

    A cable is critical if cutting it alone leaves some two switches that were connected
    unable to reach each other. Return every critical cable as [min(a, b), max(a, b)],
    the list sorted in increasing order.

    >>> critical_cables(5, [[0, 1], [1, 2], [2, 0], [2, 3], [4, 3]])
    [[2, 3], [3, 4]]
    >>> critical_cables(4, [[0, 1], [1, 2], [2, 3], [3, 0]])
    []
    """
