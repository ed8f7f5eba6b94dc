from typing import List, Tuple


def axis_aligned_right_triangles(points: List[Tuple[int, int]]) -> int:
    """Count the triangles, with corners chosen among the given points, that have a
    right angle and whose two legs (the sides meeting at the right angle) are one
    horizontal and one vertical.

    `points` holds n distinct integer points (x, y) (0 <= n <= 5 000,
    -10**9 <= x, y <= 10**9). A triangle is an unordered set of three of the points;
    count each such triangle once.

    >>> axis_aligned_right_triangles([(0, 0), (0, 3), (4, 0), (4, 3)])
    4
    >>> axis_aligned_right_triangles([(0, 0), (1, 1), (2, 2)])
    0
    >>> axis_aligned_right_triangles([(1, 1), (1, 5), (7, 1), (1, 9)])
    2
    """
