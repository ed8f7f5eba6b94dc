from typing import List


def fence_around_posts(posts: List[List[int]]) -> List[List[int]]:
    """Fence posts stand at integer points [x, y] (1 <= len(posts) <= 200 000,
    -10**9 <= x, y <= 10**9; the same point may be listed several times). A fence is
    pulled tight around all of them, i.e. it follows the convex hull of the points.

    Return the corners of that fence: the hull vertices as [x, y] lists in
    counter-clockwise order, starting from the corner with the smallest x (and among
    those the smallest y). Points lying on a straight stretch of the fence between two
    corners are not corners. If all points coincide, return that single point; if they
    all lie on one line, return its two extreme points (smallest [x, y] first).

    >>> fence_around_posts([[0, 0], [2, 0], [2, 2], [0, 2], [1, 1], [1, 0]])
    [[0, 0], [2, 0], [2, 2], [0, 2]]
    >>> fence_around_posts([[3, 3], [1, 1], [2, 2]])
    [[1, 1], [3, 3]]
    >>> fence_around_posts([[5, -1], [5, -1]])
    [[5, -1]]
    """
