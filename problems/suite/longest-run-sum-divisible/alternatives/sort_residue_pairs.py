def longest_divisible_run(values, m):
    pairs = [(0, 0)]
    total = 0
    for j, x in enumerate(values, 1):
        total = (total + x) % m
        pairs.append((total, j))
    pairs.sort()
    best = 0
    start = 0
    size = len(pairs)
    for k in range(1, size + 1):
        if k == size or pairs[k][0] != pairs[start][0]:
            span = pairs[k - 1][1] - pairs[start][1]
            if span > best:
                best = span
            start = k
    return best
