from typing import List


def shortest_route_count(n: int, roads: List[List[int]], home: int) -> List[int]:
    """A town has `n` junctions numbered 0..n-1 (1 <= n <= 10 000) and two-way roads
    `roads` (at most 30 000), each [a, b] joining two different junctions; no pair of
    junctions is joined twice. Every road takes one minute to walk.

    For every junction, count the different fastest walks from junction `home` to it
    (two walks differ if their sequences of junctions differ). Return a list whose i-th
    entry is that count modulo 1 000 000 007 for junction i; it is 1 for `home` itself
    and 0 for a junction that cannot be reached.

    >>> shortest_route_count(4, [[0, 1], [0, 2], [1, 3], [2, 3]], 0)
    [1, 1, 1, 2]
    >>> shortest_route_count(5, [[0, 1], [1, 2], [0, 2], [3, 4]], 2)
    [1, 1, 1, 0, 0]
    """
