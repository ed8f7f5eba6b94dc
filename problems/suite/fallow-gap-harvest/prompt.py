from typing import List


def fallow_gap_harvest(yields: List[int], gap: int) -> int:
    """A farmer owns n fields in a row (0 <= n <= 10 000); field i would yield
    `yields[i]` (0 <= yields[i] <= 10**9). To let the soil rest, any two fields the
    farmer plants must be more than `gap` positions apart: planting fields i and j
    (i < j) requires j - i > gap (0 <= gap <= 10 000).

    Return the largest total yield of a set of fields obeying this rule (planting
    nothing gives 0).

    >>> fallow_gap_harvest([5, 1, 1, 5], 1)
    10
    >>> fallow_gap_harvest([3, 9, 4, 2, 8], 2)
    17
    >>> fallow_gap_harvest([4, 4, 4], 0)
    12
    >>> fallow_gap_harvest([], 3)
    0
    """
