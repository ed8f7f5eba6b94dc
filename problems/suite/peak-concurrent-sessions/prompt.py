from typing import List


def peak_concurrency(sessions: List[List[int]]) -> int:
    """Return the largest number of sessions that are open at the same moment.

    Each session is a pair [start, end] of integers with
    0 <= start < end <= 10**9, describing the half-open time range
    [start, end): a session ending at time t is already closed when another
    one starts at time t. There are at most 100 000 sessions, in no
    particular order. Return 0 when there are none.

    >>> peak_concurrency([[1, 4], [2, 5], [4, 6], [7, 8]])
    2
    >>> peak_concurrency([[0, 10], [0, 10], [3, 4]])
    3
    >>> peak_concurrency([])
    0
    """
