from typing import List


def tree_route_lengths(n: int, pipes: List[List[int]], queries: List[List[int]]) -> List[int]:
    """An irrigation system has `n` valves numbered 0..n-1 (1 <= n <= 10 000) joined by
    n - 1 pipes; pipe [a, b, w] joins valves a and b and is w metres long
    (1 <= w <= 1 000). All valves are connected, so there is exactly one route (never
    reusing a pipe) between any two valves.

    Each query [u, v] of `queries` (at most 10 000 of them) asks for the length in
    metres of the route between valves u and v (0 when u = v). Return the answers in
    query order.

    >>> tree_route_lengths(5, [[0, 1, 4], [1, 2, 1], [1, 3, 2], [3, 4, 5]], [[2, 4], [0, 3], [4, 4]])
    [8, 6, 0]
    >>> tree_route_lengths(2, [[1, 0, 7]], [[0, 1], [1, 0]])
    [7, 7]
    """
