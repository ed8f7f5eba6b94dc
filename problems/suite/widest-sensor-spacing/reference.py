from bisect import bisect_left


def widest_spacing(sites, k):
    pos = sorted(sites)
    n = len(pos)
    first = pos[0]
    last = pos[-1]

    def fits(gap):
        # greedy: always jump to the leftmost site at least `gap` further on
        placed = 1
        idx = 0
        cur = first
        limit = last - gap
        while cur <= limit:
            idx = bisect_left(pos, cur + gap, idx + 1)
            cur = pos[idx]
            placed += 1
            if placed >= k:
                return True
        return False

    lo = 1
    hi = (last - first) // (k - 1)
    while lo < hi:
        mid = (lo + hi + 1) >> 1
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
