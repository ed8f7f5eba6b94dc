from bisect import bisect_left, bisect_right


def count_pairs_at_gap(values, k):
    ordered = sorted(values)
    total = 0
    for i, x in enumerate(ordered):
        target = x + k
        # count partners strictly after position i with value x + k
        lo = bisect_left(ordered, target, i + 1)
        hi = bisect_right(ordered, target, lo)
        total += hi - lo
    return total
