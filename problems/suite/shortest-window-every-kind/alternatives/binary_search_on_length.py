def _some_window_covers(values, need, size):
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
        if kinds == need:
            return True
    return False


def shortest_covering_window(values):
    n = len(values)
    if n == 0:
        return 0
    need = len(set(values))
    lo, hi = need, n
    while lo < hi:
        mid = (lo + hi) // 2
        if _some_window_covers(values, need, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo
