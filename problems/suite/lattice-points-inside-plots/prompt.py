from typing import List


def lattice_points_inside_plots(plots: List[List[List[int]]]) -> List[int]:
    """Each plot is a strictly convex polygon given as its list of integer vertices
    [x, y] in counter-clockwise order (at least 3 vertices, no vertex repeated, no three
    consecutive vertices on a line, -10**9 <= x, y <= 10**9). There are at most 10 000
    plots and at most 200 000 vertices in total.

    For every plot, count the integer points (points whose two coordinates are both
    integers) lying strictly inside it, not on its boundary. Return the counts in the
    order the plots are given.

    >>> lattice_points_inside_plots([[[0, 0], [4, 0], [4, 3], [0, 3]]])
    [6]
    >>> lattice_points_inside_plots([[[0, 0], [3, 0], [0, 3]], [[0, 0], [1, 0], [1, 1]]])
    [1, 0]
    """
