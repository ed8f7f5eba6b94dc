def _fits(values, k, size):
    # is there a window of exactly `size` elements with at most k kinds?
    counts = {}
    kinds = 0
    for i, x in enumerate(values):
        c = counts.get(x, 0)
        if c == 0:
            kinds += 1
        counts[x] = c + 1
        if i >= size:
            y = values[i - size]
            counts[y] -= 1
            if counts[y] == 0:
                kinds -= 1
        if i >= size - 1 and kinds <= k:
            return True
    return False


def longest_window_k_kinds(values, k):
    if k <= 0 or not values:
        return 0
    lo, hi = 1, len(values)
    if not _fits(values, k, 1):
        return 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(values, k, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
