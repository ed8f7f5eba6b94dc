def shortest_covering_window(values):
    n = len(values)
    if n == 0:
        return 0
    need = len(set(values))
    counts = {}
    get = counts.get
    have = 0
    left = 0
    best = n
    right = -1
    for x in values:
        right += 1
        c = get(x, 0)
        counts[x] = c + 1
        if c:
            if have < need or x != values[left]:
                continue
        else:
            have += 1
            if have < need:
                continue
        # every kind is present: drop surplus copies from the left end
        y = values[left]
        c = counts[y]
        while c > 1:
            counts[y] = c - 1
            left += 1
            y = values[left]
            c = counts[y]
        if right - left < best:
            best = right - left
    return best + 1 if best < n else n
