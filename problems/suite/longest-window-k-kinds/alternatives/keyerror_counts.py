def longest_window_k_kinds(values, k):
    if k <= 0:
        return 0
    counts = {}
    best = 0
    left = 0
    for right in range(len(values)):
        try:
            counts[values[right]] += 1
        except KeyError:
            counts[values[right]] = 1
        while len(counts) > k:
            counts[values[left]] -= 1
            if counts[values[left]] == 0:
                del counts[values[left]]
            left += 1
        best = max(best, right - left + 1)
    return best
