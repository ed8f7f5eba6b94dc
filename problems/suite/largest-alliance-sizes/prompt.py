from typing import List


def largest_alliance_sizes(n: int, treaties: List[List[int]]) -> List[int]:
    """There are `n` kingdoms numbered 0..n-1 (1 <= n <= 200 000), initially all
    independent. `treaties` (at most 200 000) lists pairs [a, b] in the order the
    treaties are signed; a treaty makes kingdoms a and b allies, and alliance is
    transitive (allies of allies are allies). A kingdom may sign a treaty with itself,
    and the same pair may sign several times.

    Return a list with one entry per treaty: the number of kingdoms in the largest
    alliance right after that treaty is signed (an independent kingdom counts as an
    alliance of size 1).

    >>> largest_alliance_sizes(5, [[0, 1], [2, 3], [1, 0], [3, 1], [4, 4]])
    [2, 2, 2, 4, 4]
    >>> largest_alliance_sizes(3, [])
    []
    """
