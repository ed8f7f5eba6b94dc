def min_heaviest_batch(weights, m):
    if not weights:
        return 0

    def can_split(cap):
        count = 1
        batch = []
        for w in weights:
            if sum(batch) + w > cap:
                count += 1
                batch = [w]
            else:
                batch.append(w)
        return count <= m

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if can_split(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
