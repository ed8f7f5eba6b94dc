from collections import Counter
from itertools import repeat
from operator import add, mul


def count_pairs_at_gap(values, k):
    counts = Counter(values)
    if k == 0:
        return (sum(map(mul, counts.values(), counts.values())) - len(values)) // 2
    get = counts.get
    return sum(map(mul, counts.values(), map(get, map(add, counts, repeat(k)), repeat(0))))
