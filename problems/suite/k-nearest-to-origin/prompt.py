from typing import List


def k_nearest_indices(xs: List[int], ys: List[int], k: int) -> List[int]:
    """Return the indices of the k points closest to the origin, nearest first.

    Point i has integer coordinates (xs[i], ys[i]); both lists have the same
    length n (0 <= n <= 100 000) and every coordinate lies in [-10**6, 10**6].
    Points are compared by squared Euclidean distance xs[i]**2 + ys[i]**2;
    among points at the same distance the smaller index comes first.
    0 <= k <= n. The result is the first k indices of that order.

    >>> k_nearest_indices([3, -1, 0, 2], [4, 1, -5, 0], 2)
    [1, 3]
    >>> k_nearest_indices([1, 0, -1], [0, 1, 0], 3)
    [0, 1, 2]
    >>> k_nearest_indices([7], [7], 0)
    []
    """
