from typing import List


def front_heavy_split_points(loads: List[int]) -> List[int]:
    """A train has n wagons in a row (0 <= n <= 7 000) with integer loads
    (-10**9 <= loads[i] <= 10**9). Uncoupling it between wagon k - 1 and
    wagon k (1 <= k <= n - 1) leaves a front part loads[:k] and a back part
    loads[k:].

    Return, in increasing order, every k whose front part has an average
    load at least as large as the back part's (averages compared exactly,
    not in floating point).

    >>> front_heavy_split_points([6, 2, 4, 1])
    [1, 2, 3]
    >>> front_heavy_split_points([1, 2, 3])
    []
    >>> front_heavy_split_points([5, 5])
    [1]
    """
