def shortest_covering_window(values):
    n = len(values)
    if n == 0:
        return 0
    need = len(set(values))
    counts = {}
    have = 0
    left = 0
    windows = []  # (left, right) of the shortest covering window ending at each right
    for right, x in enumerate(values):
        c = counts.get(x, 0)
        counts[x] = c + 1
        if c == 0:
            have += 1
        if have < need:
            continue
        while counts[values[left]] > 1:
            counts[values[left]] -= 1
            left += 1
        windows.append((left, right))
    return min(r - l + 1 for l, r in windows)
