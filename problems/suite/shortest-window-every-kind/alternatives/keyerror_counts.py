def shortest_covering_window(values):
    n = len(values)
    if n == 0:
        return 0
    need = len(set(values))
    counts = {}
    best = n
    left = 0
    for right in range(n):
        try:
            counts[values[right]] += 1
        except KeyError:
            counts[values[right]] = 1
        while len(counts) == need:
            best = min(best, right - left + 1)
            counts[values[left]] -= 1
            if counts[values[left]] == 0:
                del counts[values[left]]
            left += 1
    return best
