from typing import List


def fewest_rumor_seeds(n: int, tells: List[List[int]]) -> int:
    """In an office of `n` people numbered 0..n-1 (1 <= n <= 10 000), each entry
    [a, b] of `tells` (at most 30 000 entries, a != b, none repeated) means that
    person a passes on every rumour they hear to person b (but not necessarily the
    other way round). Rumours spread along these links as far as they can.

    Return the smallest number of people who must be told a rumour directly so that,
    in the end, everybody has heard it.

    >>> fewest_rumor_seeds(5, [[0, 1], [1, 2], [2, 0], [3, 2]])
    2
    >>> fewest_rumor_seeds(4, [[0, 1], [1, 0], [2, 3], [3, 2], [1, 3]])
    1
    """
