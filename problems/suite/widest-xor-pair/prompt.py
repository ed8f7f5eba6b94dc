from typing import List


def widest_xor_pair(values: List[int]) -> int:
    """Given a list of 2..200 000 integers, each in the range 0 <= v < 2**30, return
    the maximum of values[i] XOR values[j] over all index pairs i < j (the two entries
    may hold equal numbers, which gives 0).

    >>> widest_xor_pair([3, 10, 5, 25, 2, 8])
    28
    >>> widest_xor_pair([7, 7])
    0
    >>> widest_xor_pair([1, 2, 4])
    6
    """
