from collections import Counter
from itertools import chain, repeat


def order_by_frequency(values):
    counts = Counter(values)
    keys = sorted(counts)
    # stable: among equal counts the ascending value order survives
    keys.sort(key=counts.__getitem__, reverse=True)
    return list(chain.from_iterable(map(repeat, keys, map(counts.__getitem__, keys))))
