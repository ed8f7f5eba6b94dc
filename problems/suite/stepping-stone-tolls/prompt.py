from typing import List


def stepping_stone_tolls(tolls: List[int], k: int) -> int:
    """A river is crossed over n stepping stones in a line (1 <= n <= 15 000),
    numbered 0 to n - 1. Standing on stone i costs `tolls[i]` (0 <= tolls[i] <= 10**6),
    or `tolls[i] == -1` when the stone is broken and cannot be stood on. A walker starts
    on stone 0 and must reach stone n - 1; from stone i it may hop to any stone
    i + 1, ..., i + k (1 <= k <= n), never backwards.

    Return the smallest total toll of the stones stood on (stones 0 and n - 1
    included), or -1 when stone n - 1 cannot be reached (also when stone 0 or
    stone n - 1 is broken).

    >>> stepping_stone_tolls([1, 100, 1, 100, 1], 2)
    3
    >>> stepping_stone_tolls([2, -1, -1, 5], 2)
    -1
    >>> stepping_stone_tolls([4, 9, 1, 7], 3)
    11
    """
