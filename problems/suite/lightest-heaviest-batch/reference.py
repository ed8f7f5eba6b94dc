from bisect import bisect_right
from itertools import accumulate


def min_heaviest_batch(weights, m):
    n = len(weights)
    if n == 0:
        return 0
    top = max(weights)
    if m >= n:
        return top
    prefix = list(accumulate(weights, initial=0))
    total = prefix[-1]

    if m * n.bit_length() < n:
        def fits(cap):
            # greedy batches, each found by one binary search over prefix sums
            pos = 0
            for _ in range(m):
                pos = bisect_right(prefix, prefix[pos] + cap, pos) - 1
                if pos == n:
                    return True
            return False
    else:
        def fits(cap):
            batches = 1
            load = 0
            for w in weights:
                load += w
                if load > cap:
                    batches += 1
                    if batches > m:
                        return False
                    load = w
            return True

    lo = max(top, -(-total // m))
    # cap = ceil(total / m) + top always works: every full batch then exceeds total / m
    hi = -(-total // m) + top
    while lo < hi:
        mid = (lo + hi) >> 1
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
