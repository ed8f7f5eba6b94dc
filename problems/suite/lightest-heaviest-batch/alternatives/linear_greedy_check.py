def min_heaviest_batch(weights, m):
    if not weights:
        return 0

    def fits(cap):
        batches = 1
        load = 0
        for w in weights:
            if load + w > cap:
                batches += 1
                load = w
            else:
                load += w
        return batches <= m

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
