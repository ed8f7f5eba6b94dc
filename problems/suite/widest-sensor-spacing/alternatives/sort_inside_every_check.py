def _fits(sites, k, gap):
    pos = sorted(sites)
    placed = 1
    cur = pos[0]
    for p in pos[1:]:
        if p - cur >= gap:
            placed += 1
            cur = p
    return placed >= k


def widest_spacing(sites, k):
    lo, hi = 1, (max(sites) - min(sites)) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(sites, k, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
