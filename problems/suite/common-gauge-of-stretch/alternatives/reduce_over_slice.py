from functools import reduce
from math import gcd


def common_gauge_of_stretch(lengths, queries):
    return [reduce(gcd, lengths[lo:hi + 1]) for lo, hi in queries]
