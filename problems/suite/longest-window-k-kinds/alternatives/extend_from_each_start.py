def longest_window_k_kinds(values, k):
    if k <= 0:
        return 0
    n = len(values)
    best = 0
    for i in range(n):
        if n - i <= best:
            break
        seen = set()
        j = i
        while j < n:
            seen.add(values[j])
            if len(seen) > k:
                break
            j += 1
        if j - i > best:
            best = j - i
    return best
