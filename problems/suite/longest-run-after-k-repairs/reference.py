from itertools import accumulate
from operator import sub


def longest_intact_stretch(road, k):
    # lengths of the intact runs between consecutive damaged cells
    runs = list(map(len, road.split("x")))
    damaged = len(runs) - 1
    if k >= damaged:
        return len(road)
    # k repairs merge k + 1 consecutive runs plus the k repaired cells
    prefix = list(accumulate(runs, initial=0))
    width = k + 1
    return max(map(sub, prefix[width:], prefix)) + k
