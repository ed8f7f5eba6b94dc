from typing import List, Tuple


def points_in_convex_field(field: List[Tuple[int, int]], points: List[Tuple[int, int]]) -> int:
    """A field is a strictly convex polygon: its m vertices (3 <= m <= 2 000) are
    given in counter-clockwise order, no vertex repeats and no three vertices lie
    on one line. Count how many of the q given points (0 <= q <= 2 000) lie in
    the field, where a point on the boundary (on an edge or at a vertex) counts as
    in the field. Points may repeat; each occurrence counts.

    All coordinates are integers with -10**9 <= x, y <= 10**9.

    >>> points_in_convex_field([(0, 0), (4, 0), (4, 4), (0, 4)], [(2, 2), (4, 1), (5, 2), (0, 0)])
    3
    >>> points_in_convex_field([(0, 0), (6, 0), (0, 6)], [(3, 3), (3, 4), (-1, 0), (1, 1)])
    2
    """
