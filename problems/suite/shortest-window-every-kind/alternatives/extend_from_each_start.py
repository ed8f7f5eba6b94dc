def shortest_covering_window(values):
    n = len(values)
    if n == 0:
        return 0
    need = len(set(values))
    best = n
    for i in range(n):
        seen = set()
        j = i
        while j < n and j - i < best:
            seen.add(values[j])
            j += 1
            if len(seen) == need:
                best = j - i
                break
    return best
