def widest_spacing(sites, k):
    pos = sorted(sites)

    def fits(gap):
        placed = 1
        cur = pos[0]
        for p in pos:
            if p - cur >= gap:
                placed += 1
                cur = p
                if placed >= k:
                    return True
        return False

    lo, hi = 1, (pos[-1] - pos[0]) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
