from heapq import nsmallest
from operator import mul


def k_nearest_indices(xs, ys, k):
    n = len(xs)
    if k <= 0:
        return []
    dist = list(map(int.__add__, map(mul, xs, xs), map(mul, ys, ys)))
    if 8 * k < n:
        # nsmallest is stable: ties keep the original (index) order
        return nsmallest(k, range(n), key=dist.__getitem__)
    order = sorted(range(n), key=dist.__getitem__)
    del order[k:]
    return order
