def longest_window_k_kinds(values, k):
    if k <= 0:
        return 0
    # The window only grows or slides by one, so its final size is the answer.
    counts = {}
    get = counts.get
    kinds = 0
    left = 0
    for x in values:
        c = get(x, 0)
        counts[x] = c + 1
        if not c:
            kinds += 1
        if kinds > k:
            y = values[left]
            left += 1
            c = counts[y] - 1
            counts[y] = c
            if not c:
                kinds -= 1
    return len(values) - left
