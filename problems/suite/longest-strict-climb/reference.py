from bisect import bisect_left
from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    # Patience-style: tails[k] = smallest possible last value of a climb of length k+1.
    tails = []
    push = tails.append
    size = 0
    bl = bisect_left
    for x in altitudes:
        if size == 0 or x > tails[-1]:
            push(x)
            size += 1
        else:
            tails[bl(tails, x)] = x
    return size
