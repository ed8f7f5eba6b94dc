from typing import List


def fewest_inspections(stays: List[List[int]]) -> int:
    """An inspector visits a hotel at chosen integer moments. Each stay
    [arrive, leave] (0 <= arrive < leave <= 10**9, at most 200 000 stays, in no
    particular order) covers the moments t with arrive <= t < leave: a guest
    leaving at time t is already gone at t.

    Return the fewest inspection moments such that every stay covers at least
    one of them, so that every guest is met by an inspection. Return 0 when
    there are no stays.

    >>> fewest_inspections([[1, 4], [2, 5], [4, 6]])
    2
    >>> fewest_inspections([[0, 10], [10, 20], [5, 15]])
    2
    >>> fewest_inspections([])
    0
    """
