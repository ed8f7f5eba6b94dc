from typing import List


def heaviest_load_under_limit(parcels: List[int], limit: int) -> int:
    """A courier may take any subset of the parcels (each parcel at most once); parcel
    i weighs `parcels[i]` (1 <= parcels[i] <= 10**6, at most 1 000 parcels). The total
    weight taken must not exceed `limit` (0 <= limit <= 2 * 10**6).

    Return the largest total weight the courier can take.

    >>> heaviest_load_under_limit([5, 8, 3], 12)
    11
    >>> heaviest_load_under_limit([7, 9], 6)
    0
    >>> heaviest_load_under_limit([4, 6, 10], 20)
    20
    """
