from bisect import bisect_left
from typing import List


def longest_strict_climb(altitudes: List[int]) -> int:
    # compress the altitudes to ranks 0..k-1 first
    ordered = sorted(set(altitudes))
    rank = {v: i for i, v in enumerate(ordered)}
    ranks = [rank[v] for v in altitudes]
    # patience: tails[k] = smallest last rank of a climb of length k + 1
    tails = []
    for x in ranks:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
