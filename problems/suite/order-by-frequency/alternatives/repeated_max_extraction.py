def order_by_frequency(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    remaining = list(counts.items())
    result = []
    while remaining:
        # pick the most frequent (smallest value on ties) by a full scan
        best = 0
        for i in range(1, len(remaining)):
            v, c = remaining[i]
            bv, bc = remaining[best]
            if c > bc or (c == bc and v < bv):
                best = i
        v, c = remaining.pop(best)
        for _ in range(c):
            result.append(v)
    return result
