from typing import List


def street_crossings(east_west: List[List[int]], north_south: List[List[int]]) -> int:
    """A town map has straight streets of two kinds, each a closed segment.
    An east-west street [x1, x2, y] (x1 <= x2) covers the points (x, y) with
    x1 <= x <= x2; a north-south street [x, y1, y2] (y1 <= y2) covers the
    points (x, y) with y1 <= y <= y2. All coordinates are integers in
    [0, 10**9]; each list has at most 2 800 streets.

    Return the number of pairs (east-west street, north-south street) that
    share at least one point (touching at an end counts). Streets of the same
    kind never form a pair.

    >>> street_crossings([[0, 10, 5], [2, 4, 1]], [[3, 0, 6], [10, 5, 9], [7, 6, 8]])
    3
    >>> street_crossings([[0, 0, 0]], [[0, 0, 0]])
    1
    >>> street_crossings([], [[1, 2, 3]])
    0
    """
