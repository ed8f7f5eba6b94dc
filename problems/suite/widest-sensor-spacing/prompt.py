from typing import List


def widest_spacing(sites: List[int], k: int) -> int:
    """Choose k of the candidate sites for sensors so that the smallest distance between two chosen sites is as large as possible; return that distance.

    `sites` lists n distinct integer coordinates on a line, in no particular
    order (2 <= n <= 100 000, each in [-10**9, 10**9]), and 2 <= k <= n.
    The distance between sites a and b is abs(a - b). Return the maximum,
    over all ways to choose k sites, of the minimum pairwise distance among
    the chosen ones.

    >>> widest_spacing([1, 2, 8, 4, 9], 3)
    3
    >>> widest_spacing([10, -10], 2)
    20
    >>> widest_spacing([0, 1, 2, 3], 4)
    1
    """
