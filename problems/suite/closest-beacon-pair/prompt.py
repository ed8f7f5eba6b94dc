from typing import List, Tuple


def closest_beacon_pair(beacons: List[Tuple[int, int]]) -> int:
    """Beacons stand at integer points (x, y) of a plane. Return the smallest squared
    Euclidean distance (x1 - x2)**2 + (y1 - y2)**2 between two different beacons of
    the list; two beacons may stand at the same point, giving 0.

    `beacons` holds n points (2 <= n <= 5 000) with -10**9 <= x, y <= 10**9.

    >>> closest_beacon_pair([(0, 0), (5, 5), (3, 4), (9, 1)])
    5
    >>> closest_beacon_pair([(1, 1), (4, 5)])
    25
    >>> closest_beacon_pair([(2, 3), (7, 7), (2, 3)])
    0
    """
