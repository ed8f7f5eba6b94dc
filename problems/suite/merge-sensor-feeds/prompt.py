from typing import List


def merge_order(feeds: List[List[int]]) -> List[int]:
    """Sensor i (0 <= i < k, k <= 10 000) delivered the readings whose timestamps are
    listed in `feeds[i]`, in non-decreasing order; there are at most 100 000 readings
    in all, and every timestamp is in [0, 10**9]. A collector merges all readings into
    a single stream ordered by timestamp; readings with the same timestamp are ordered
    by sensor index, and readings of one sensor keep their order.

    Return, for every reading of the merged stream in order, the index of the sensor
    it came from.

    >>> merge_order([[1, 4, 9], [2, 4], [0]])
    [2, 0, 1, 0, 1, 0]
    >>> merge_order([[], [5, 5], [5]])
    [1, 1, 2]
    >>> merge_order([])
    []
    """
