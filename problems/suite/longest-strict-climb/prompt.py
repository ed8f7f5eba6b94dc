from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    """A hiker logged the altitude of every waypoint of a trail, in trail order, in
    `altitudes` (0 <= len(altitudes) <= 200 000, each value between -10**9 and 10**9).
    The hiker wants to keep a subset of the waypoints, preserving their trail order,
    such that every kept waypoint is strictly higher than the previously kept one.

    Return the largest possible number of kept waypoints (0 for an empty log).

    >>> longest_strict_climb([5, 1, 6, 2, 7, 3, 8])
    4
    >>> longest_strict_climb([4, 4, 4])
    1
    >>> longest_strict_climb([])
    0
    """
