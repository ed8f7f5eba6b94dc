from typing import List


def min_heaviest_batch(weights: List[int], m: int) -> int:
    """Cut the parcel sequence into at most m consecutive batches so that the heaviest batch is as light as possible; return that weight.

    `weights` lists 0 to 200 000 parcel weights in conveyor order, each an
    integer in [1, 10**4]; 1 <= m <= 10**6. Every parcel goes into exactly
    one batch, batches are contiguous slices taken in order, and at most m
    non-empty batches may be used. The weight of a batch is the sum of its
    parcels. Return the minimum possible weight of the heaviest batch
    (0 for an empty list).

    >>> min_heaviest_batch([7, 2, 5, 10, 8], 2)
    18
    >>> min_heaviest_batch([1, 2, 3, 4, 5], 3)
    6
    >>> min_heaviest_batch([4, 4, 4], 5)
    4
    """
