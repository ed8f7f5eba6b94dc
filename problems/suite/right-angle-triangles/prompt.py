from typing import List, Tuple


def right_angle_triangles(points: List[Tuple[int, int]]) -> int:
    """Count the right triangles whose three corners are among the given points:
    unordered triples of points such that two sides of the triangle they form are
    perpendicular (the sides may point in any direction, not only along the axes).

    `points` holds n distinct integer points (x, y) (0 <= n <= 225) with
    -10**6 <= x, y <= 10**6.

    >>> right_angle_triangles([(0, 0), (2, 0), (0, 2), (2, 2)])
    4
    >>> right_angle_triangles([(0, 0), (1, 1), (2, 0), (1, -1), (5, 7)])
    4
    >>> right_angle_triangles([(0, 0), (1, 2), (3, 1)])
    1
    """
